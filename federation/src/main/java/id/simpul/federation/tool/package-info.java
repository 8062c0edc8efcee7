/** The directory authority's command line ({@code simpul-directory.jar}). */
package id.simpul.federation.tool;
