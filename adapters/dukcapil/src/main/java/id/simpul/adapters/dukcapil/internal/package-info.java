/** Translation between the population registry port and the Dukcapil envelope; not for use outside this module. */
package id.simpul.adapters.dukcapil.internal;
