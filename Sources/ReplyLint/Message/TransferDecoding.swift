/// Content-Transfer-Encoding decoders. Lenient: they decode what they can and say
/// whether the input was damaged, never trap.
enum TransferDecoding {
    /// Decodes base64, skipping whitespace and line breaks; `damaged` when it met
    /// characters outside the alphabet or a truncated final group.
    static func base64(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], damaged: Bool) {
        // STUB: replaced by the body-decoders change.
        (Array(bytes), false)
    }

    /// Decodes quoted-printable: `=XX` escapes, `=` soft line breaks; a bad escape is kept literally.
    static func quotedPrintable(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], damaged: Bool) {
        // STUB: replaced by the body-decoders change.
        (Array(bytes), false)
    }
}
