/// Someone a synthetic record names.
struct SynthPerson: Sendable {
    /// Given name first, as a reader writes it.
    var name: String
    /// How the record calls them afterwards (`López Obrador`, `Lula`).
    var familyName: String
    var female: Bool = false
    /// The name in the person's own script, written after the name in parentheses.
    var native: String? = nil

    var honorific: String { female ? "Ms." : "Mr." }
}

/// The short constructors keep the tables below readable.
func man(_ name: String, _ family: String, native: String? = nil) -> SynthPerson {
    SynthPerson(name: name, familyName: family, native: native)
}

func woman(_ name: String, _ family: String, native: String? = nil) -> SynthPerson {
    SynthPerson(name: name, familyName: family, female: true, native: native)
}
