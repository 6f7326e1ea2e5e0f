/// A multilateral gathering a bilateral meeting is held on the margins of.
struct SynthOccasion: Sendable {
    /// As written after "to attend the" for leaders and for ministers.
    var leaders: String
    var ministers: String
    var city: String
    /// As the lead writes the host country: `the Socialist Republic of Viet Nam`.
    var country: String
    var utcOffset: Int
}

enum Occasions {
    static let all: [SynthOccasion] = [
        SynthOccasion(leaders: "APEC (Asia-Pacific Economic Cooperation) Economic Leaders' Meeting",
                      ministers: "APEC (Asia-Pacific Economic Cooperation) Ministerial Meeting",
                      city: "Da Nang", country: "the Socialist Republic of Viet Nam", utcOffset: 420),
        SynthOccasion(leaders: "APEC Economic Leaders' Meeting", ministers: "APEC Ministerial Meeting",
                      city: "San Francisco", country: "the United States", utcOffset: -480),
        SynthOccasion(leaders: "APEC Summit Meeting", ministers: "APEC Ministerial Meeting",
                      city: "Beijing", country: "China", utcOffset: 480),
        SynthOccasion(leaders: "APEC Economic Leaders' Meeting", ministers: "APEC Ministerial Meeting",
                      city: "Lima", country: "the Republic of Peru", utcOffset: -300),
        SynthOccasion(leaders: "G20 Summit", ministers: "G20 Foreign Ministers' Meeting",
                      city: "Rio de Janeiro", country: "the Federative Republic of Brazil", utcOffset: -180),
        SynthOccasion(leaders: "G20 Summit", ministers: "G20 Foreign Ministers' Meeting",
                      city: "New Delhi", country: "the Republic of India", utcOffset: 330),
        SynthOccasion(leaders: "G20 Summit", ministers: "G20 Foreign Ministers' Meeting",
                      city: "Bali", country: "the Republic of Indonesia", utcOffset: 480),
        SynthOccasion(leaders: "United Nations General Assembly", ministers: "United Nations General Assembly",
                      city: "New York", country: "the United States", utcOffset: -300),
        SynthOccasion(leaders: "ASEAN-related Summit Meetings", ministers: "ASEAN-related Foreign Ministers' Meetings",
                      city: "Vientiane", country: "the Lao People's Democratic Republic", utcOffset: 420),
        SynthOccasion(leaders: "G7 Summit", ministers: "G7 Foreign Ministers' Meeting",
                      city: "Biarritz", country: "the French Republic", utcOffset: 60),
        SynthOccasion(leaders: "COP28 World Climate Action Summit", ministers: "COP28",
                      city: "Dubai", country: "the United Arab Emirates", utcOffset: 240),
    ]
}
