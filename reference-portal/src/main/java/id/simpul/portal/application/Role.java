package id.simpul.portal.application;

/** The roles a bearer token may carry in its {@code groups} claim. */
public enum Role {
    /** A citizen (warga) acting for themself. */
    CITIZEN,
    /** A counter or back-office officer (petugas) of one agency. */
    OFFICER,
    /** An officer's supervisor: sees everything of the node, acts like an officer of their agency. */
    SUPERVISOR,
    /** The node's administrator: audit and operations. */
    ADMIN
}
