/// A subject the principals discuss: a section heading and sentences to draw paragraphs from.
/// Placeholders: `{J}` and `{C}` the Japanese and counterpart principal as the record calls them
/// (`Prime Minister Abe`), `{country}` the counterpart's short name, `{both}`/`{Both}` the pair
/// (`the two leaders`).
struct SynthTopic: Sendable {
    var heading: String
    var sentences: [String]
}

enum Topics {
    /// Opens the body; always first.
    static let opening = SynthTopic(heading: "Opening remarks", sentences: [
        "At the outset, {J} expressed his pleasure at holding a meeting with {C}, and stated that Japan attaches importance to its relationship with {country}, a strategic partner that shares fundamental values.",
        "{J} welcomed the steady progress of the partnership between Japan and {country} since their last meeting, and stated that he intends to further strengthen cooperation in a broad range of fields.",
        "In response, {C} stated that he feels honored to be able to meet {J}, and expressed his desire to further deepen the friendly and cooperative relationship with Japan.",
        "{C} also asked {J} to convey his best regards to Their Majesties the Emperor and Empress of Japan.",
    ])

    /// Closes the body; always last when present.
    static let closing = SynthTopic(heading: "Regional affairs", sentences: [
        "In addition, {both} exchanged views on cooperation in the international arena, and regional affairs.",
        "{Both} shared the view that they will continue to communicate closely at all levels.",
    ])

    static let middle: [SynthTopic] = [
        SynthTopic(heading: "Economic relations", sentences: [
            "{J} said that economic relations have been favorable since the bilateral Economic Partnership Agreement came into force, and that he would like to cooperate for the early entry into force of the TPP (Trans-Pacific Partnership).",
            "{J} also explained that Japanese companies show continuous interest in investment in {country}, and expressed his expectation that {country} will further improve its business environment.",
            "In response, {C} explained that he is attaching importance to improving {country}'s investment environment for Japanese companies, beginning with the manufacturing and energy sectors.",
            "{Both} welcomed that an agreement in principle was reached on the TPP, and confirmed that they will work closely together to bring the agreement promptly into force.",
        ]),
        SynthTopic(heading: "North Korea", sentences: [
            "Commenting on the North Korea issue, {J} explained that it will be necessary to apply the maximum pressure on North Korea by utilizing all methods, including fully implementing the United Nations Security Council (UNSC) resolutions.",
            "{J} also sought understanding and cooperation toward the early resolution of the abductions issue.",
            "{C} replied that {country} also recognizes the threat posed by North Korea's nuclear and missile development, and will continue to implement the relevant resolutions.",
            "{Both} shared the view that they will coordinate closely toward the complete denuclearization of the Korean Peninsula.",
        ]),
        SynthTopic(heading: "People-to-people exchanges", sentences: [
            "{J} stated that Japan would cherish the special bonds between the two countries through the Nikkei (Japanese immigrants and their descendants) community, which serves as a bridge between the two countries.",
            "{J} announced that Japan will expand youth exchanges and scholarships, and expressed his hope that this would revitalize people-to-people exchange between the two countries.",
            "In response, {C} expressed his gratitude for the warm hospitality extended to the Nikkei community, and stated that he looks forward to the friendship year to be celebrated by the two countries.",
            "{Both} confirmed their intention to enhance cultural and academic exchanges, including through the Japan Foundation.",
        ]),
        SynthTopic(heading: "Mineral resources", sentences: [
            "{J} stated that {country} is an important partner for Japan in terms of economic security, and that Japan would like to cooperate to strengthen the resilience of the supply chain of mineral resources such as copper, lithium and rare earths.",
            "{Both} welcomed the conclusion of a Memorandum on energy transition and mineral resources, and confirmed the strengthening of cooperation under a free and fair economic order.",
            "{C} expressed his expectation for further investment by Japanese companies in the mining sector, including copper mines in the south of the country.",
        ]),
        SynthTopic(heading: "Climate change", sentences: [
            "{J} mentioned that the upcoming Conference of the Parties is an important opportunity to construct a fair and effective climate change framework in which all countries participate, and that he would like to cooperate with {country} to make it a success.",
            "{C} stated that climate change is an urgent challenge for {country}, and expressed his appreciation for Japan's support for renewable energy and disaster risk reduction.",
            "{Both} confirmed that they will cooperate toward achieving net zero emissions, including through the Joint Crediting Mechanism.",
        ]),
        SynthTopic(heading: "Cooperation in the international arena", sentences: [
            "{J} stated that he would like to work together on United Nations reform, including Security Council reform, in order to make the United Nations appropriate for the 21st century.",
            "{J} explained that Japan will serve as a non-permanent member of the UNSC, and that he intends to cooperate closely with {country} to resolve challenges in the international community.",
            "In response, {C} said he would like to advance cooperation in the various fields mentioned by {J}, including UN reform.",
            "{Both} affirmed the importance of maintaining and strengthening a free and open international order based on the rule of law.",
        ]),
        SynthTopic(heading: "Infrastructure", sentences: [
            "{J} stated that Japan intends to continue to cooperate in the fields of quality infrastructure, transportation and disaster reduction systems, and explained Japan's support for the metro and port projects under consideration.",
            "{C} expressed his gratitude for the economic cooperation carried out by Japan so far, and said that he expects investment from Japanese companies in large infrastructure projects.",
            "{J} also stated that Japan would implement a loan intended to improve the financial access of small and micro businesses, thereby contributing to the reduction of regional disparities.",
        ]),
        SynthTopic(heading: "Free and Open Indo-Pacific", sentences: [
            "{J} explained Japan's efforts to realize a Free and Open Indo-Pacific, and stated that he would like to cooperate with {country} to maintain and strengthen a free and open maritime order.",
            "{C} expressed his support for the vision of a Free and Open Indo-Pacific, and stated that {country} would like to contribute to the peace and prosperity of the region.",
            "{Both} shared serious concerns over unilateral attempts to change the status quo by force or coercion in the East and South China Seas.",
        ]),
        SynthTopic(heading: "Situation in Ukraine", sentences: [
            "{J} stated that Russia's aggression against Ukraine is a clear violation of international law, and that the international community must respond in a united manner.",
            "{C} replied that {country} also attaches importance to the principles of sovereignty and territorial integrity enshrined in the UN Charter.",
            "{Both} concurred in working closely together in addressing challenges that the international community faces, including food and energy security.",
        ]),
        SynthTopic(heading: "Health and disaster risk reduction", sentences: [
            "{J} stated that Japan would continue to support the health and medical care sector of {country}, including through the promotion of universal health coverage.",
            "{J} conveyed Japan's decision to provide fire trucks and equipment to support addressing frequent forest fires and other natural disasters.",
            "{C} expressed his great appreciation for Japan's decision, and stated that the cooperation will save many lives.",
        ]),
        SynthTopic(heading: "Security and defense", sentences: [
            "{Both} welcomed the signing of the Memorandum on Defense Cooperation and Exchanges on this occasion.",
            "{J} stated that Japan would like to strengthen security cooperation with {country} through Official Security Assistance and exchanges between defense authorities.",
            "{C} welcomed Japan's proactive contribution to peace, and confirmed that the two countries will hold a policy dialogue between their foreign and defense authorities.",
        ]),
        SynthTopic(heading: "Trade and investment", sentences: [
            "{Both} confirmed the importance of cooperation in boosting private-sector exchanges in order to develop economic relations between the two countries.",
            "{J} announced that the Government of Japan decided to remove the suspension of visa exemption measures for nationals of {country} holding ordinary IC passports.",
            "{C} stated that the bilateral trade relationship is expected to expand, and that the two countries should cooperate on WTO reform and the rules-based multilateral trading system.",
        ]),
    ]

    /// `[Reference]` notes: a title and a sentence.
    static let references: [(title: String, text: String)] = [
        ("Japan-{country} Friendship Year",
         "At the Japan-{country} Summit Meeting last year, the two leaders shared the view that exchanges between the two countries will be expanded, with the anniversary of the establishment of diplomatic relations positioned as the Japan-{country} Friendship Year."),
        ("Japan-{country} Economic Partnership Agreement",
         "The Agreement was signed by the two governments and entered into force after the completion of domestic procedures, covering trade in goods, services, investment and intellectual property."),
        ("Japan-{country} Strategic Partnership",
         "The two countries elevated their relationship to a strategic partnership and have held foreign ministers' meetings regularly since then."),
    ]
}
