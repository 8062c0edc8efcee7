/**
 * The CXF client of the Polri adapter; {@code internal.ws} holds the types generated from the WSDL at
 * build time, which never leave this package tree. Not API.
 */
package id.simpul.adapters.polri.internal;
