/**
 * {@code simpul-check}, the command that checks a configuration folder, explains who may decide a
 * request ({@code --explain}) and writes the demo as a starting point ({@code --init}). The only
 * part of the module that prints.
 */
package id.simpul.sdk.config.check;
