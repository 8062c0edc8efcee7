/**
 * The police port (Polri): verify a lost-item report letter (SKTLK, <em>Surat Keterangan Tanda
 * Lapor Kehilangan</em>) by its number, and check a police clearance (SKCK, <em>Surat Keterangan
 * Catatan Kepolisian</em>).
 */
package id.simpul.sdk.spi.police;
