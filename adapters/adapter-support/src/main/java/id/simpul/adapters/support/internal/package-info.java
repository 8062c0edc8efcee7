/** The resilience proxy behind {@code Resilient.decorate}; Resilience4j stays inside this package. */
package id.simpul.adapters.support.internal;
