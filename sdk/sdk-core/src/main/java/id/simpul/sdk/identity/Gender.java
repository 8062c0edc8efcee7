package id.simpul.sdk.identity;

/** Jenis kelamin as a NIK encodes it: women's birth day is written plus 40. */
public enum Gender {
    /** Laki-laki: day of birth written as 01–31. */
    MALE,
    /** Perempuan: day of birth written as 41–71. */
    FEMALE
}
