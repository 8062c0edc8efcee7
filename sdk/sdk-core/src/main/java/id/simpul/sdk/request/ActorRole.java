package id.simpul.sdk.request;

/** In what capacity someone acts on a request; decides which actions they may take. */
public enum ActorRole {
    /** The citizen or business that asked for the service (pemohon), or someone acting for them. */
    APPLICANT,
    /** A civil servant at a counter or in the deciding office (petugas). */
    OFFICER,
    /** An automated system: a national platform such as OSS RBA, or a scheduled job. */
    SYSTEM
}
