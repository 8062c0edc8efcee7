/** Generates a new adapter module from this template (not copied into generated modules). */
package id.simpul.adapters.template.generator;
