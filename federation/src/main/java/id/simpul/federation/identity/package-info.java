/** API: a node's identity, its region code and EC P-256 signing key kept under the data folder. */
package id.simpul.federation.identity;
