/** The REST client interface, JSON translation and failure mapping of the OSS adapter; not API. */
package id.simpul.adapters.oss.internal;
