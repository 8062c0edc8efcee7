/** The template's simulator: the made-up system's shapes over synthetic people, with the shared knobs. */
package id.simpul.adapters.template.simulator;
