/** The template's translation between the port and the made-up system; not for use outside this module. */
package id.simpul.adapters.template.internal;
