/**
 * The Polri adapter: a {@link id.simpul.sdk.spi.police.PoliceReports} over a modelled legacy SOAP
 * service ({@code specs/wsdl/polri-verifikasi.v1.wsdl}; Polri publishes no integration API) for
 * lost-item report letters (<em>Surat Keterangan Tanda Lapor Kehilangan</em>, SKTLK) and police
 * clearances (<em>Surat Keterangan Catatan Kepolisian</em>, SKCK). Found by {@link java.util.ServiceLoader}
 * through {@link id.simpul.adapters.polri.PolriAdapterProvider}, configured with
 * {@link id.simpul.adapters.polri.PolriSettings}.
 */
package id.simpul.adapters.polri;
