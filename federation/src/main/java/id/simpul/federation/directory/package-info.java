/**
 * API: the federation directory (after X-Road's global configuration) — nodes, their keys and
 * addresses, and the cooperation agreements (perjanjian kerja sama daerah) between them; signing
 * by the directory authority, verification and refresh on each node.
 */
package id.simpul.federation.directory;
