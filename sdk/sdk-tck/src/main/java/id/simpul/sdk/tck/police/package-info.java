/**
 * Conformance suite of police adapters ({@link id.simpul.sdk.spi.police.PoliceReports}): lost-item report
 * letters (SKTLK) and, when declared, police clearances (SKCK).
 */
package id.simpul.sdk.tck.police;
