/**
 * The licensing port (OSS RBA, <em>Online Single Submission berbasis risiko</em>): NIB inquiry,
 * licence status and final licence pushes, licence status checks, and the inbound {@link
 * id.simpul.sdk.spi.licensing.NibReceiver} contract for the NIBs OSS pushes to a region.
 */
package id.simpul.sdk.spi.licensing;
