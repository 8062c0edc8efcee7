/**
 * The population registry port (Dukcapil, <em>Direktorat Jenderal Kependudukan dan Pencatatan
 * Sipil</em>): verify a person by elements, getting a verdict per field rather than the recorded
 * values, and, only where the deployment explicitly enables it, look a person up by NIK.
 */
package id.simpul.sdk.spi.population;
