/// Japan's prime ministers and foreign ministers by the month they took office, so a record's
/// Japanese principal fits its date.
enum JapaneseOfficials {
    struct Term: Sendable {
        var from: Int  // year * 100 + month
        var person: SynthPerson
    }

    static func primeMinister(year: Int, month: Int) -> SynthPerson {
        holder(primeMinisters, year: year, month: month)
    }

    static func foreignMinister(year: Int, month: Int) -> SynthPerson {
        holder(foreignMinisters, year: year, month: month)
    }

    private static func holder(_ terms: [Term], year: Int, month: Int) -> SynthPerson {
        let key = year * 100 + month
        return (terms.last { $0.from <= key } ?? terms[0]).person
    }

    /// Since about 2020 the Ministry writes Japanese names family name first in capitals
    /// (`KAMIKAWA Yoko`); before, given name first (`Shinzo Abe`). Parsers must read both.
    static func written(_ person: SynthPerson, year: Int) -> String {
        guard year >= 2020 else { return person.name }
        let given = person.name.split(separator: " ").dropLast().joined(separator: " ")
        return person.familyName.uppercased() + " " + given
    }

    private static let primeMinisters: [Term] = [
        Term(from: 198908, person: man("Toshiki Kaifu", "Kaifu")),
        Term(from: 199111, person: man("Kiichi Miyazawa", "Miyazawa")),
        Term(from: 199308, person: man("Morihiro Hosokawa", "Hosokawa")),
        Term(from: 199404, person: man("Tsutomu Hata", "Hata")),
        Term(from: 199406, person: man("Tomiichi Murayama", "Murayama")),
        Term(from: 199601, person: man("Ryutaro Hashimoto", "Hashimoto")),
        Term(from: 199807, person: man("Keizo Obuchi", "Obuchi")),
        Term(from: 200004, person: man("Yoshiro Mori", "Mori")),
        Term(from: 200104, person: man("Junichiro Koizumi", "Koizumi")),
        Term(from: 200609, person: man("Shinzo Abe", "Abe")),
        Term(from: 200709, person: man("Yasuo Fukuda", "Fukuda")),
        Term(from: 200809, person: man("Taro Aso", "Aso")),
        Term(from: 200909, person: man("Yukio Hatoyama", "Hatoyama")),
        Term(from: 201006, person: man("Naoto Kan", "Kan")),
        Term(from: 201109, person: man("Yoshihiko Noda", "Noda")),
        Term(from: 201212, person: man("Shinzo Abe", "Abe")),
        Term(from: 202009, person: man("Yoshihide Suga", "Suga")),
        Term(from: 202110, person: man("Fumio Kishida", "Kishida")),
        Term(from: 202410, person: man("Shigeru Ishiba", "Ishiba")),
        Term(from: 202510, person: woman("Sanae Takaichi", "Takaichi")),
    ]

    private static let foreignMinisters: [Term] = [
        Term(from: 198908, person: man("Taro Nakayama", "Nakayama")),
        Term(from: 199111, person: man("Michio Watanabe", "Watanabe")),
        Term(from: 199304, person: man("Kabun Muto", "Muto")),
        Term(from: 199308, person: man("Tsutomu Hata", "Hata")),
        Term(from: 199404, person: man("Koji Kakizawa", "Kakizawa")),
        Term(from: 199406, person: man("Yohei Kono", "Kono")),
        Term(from: 199601, person: man("Yukihiko Ikeda", "Ikeda")),
        Term(from: 199709, person: man("Keizo Obuchi", "Obuchi")),
        Term(from: 199807, person: man("Masahiko Komura", "Komura")),
        Term(from: 199910, person: man("Yohei Kono", "Kono")),
        Term(from: 200104, person: woman("Makiko Tanaka", "Tanaka")),
        Term(from: 200202, person: woman("Yoriko Kawaguchi", "Kawaguchi")),
        Term(from: 200409, person: man("Nobutaka Machimura", "Machimura")),
        Term(from: 200510, person: man("Taro Aso", "Aso")),
        Term(from: 200708, person: man("Nobutaka Machimura", "Machimura")),
        Term(from: 200709, person: man("Masahiko Komura", "Komura")),
        Term(from: 200809, person: man("Hirofumi Nakasone", "Nakasone")),
        Term(from: 200909, person: man("Katsuya Okada", "Okada")),
        Term(from: 201009, person: man("Seiji Maehara", "Maehara")),
        Term(from: 201103, person: man("Takeaki Matsumoto", "Matsumoto")),
        Term(from: 201109, person: man("Koichiro Gemba", "Gemba")),
        Term(from: 201212, person: man("Fumio Kishida", "Kishida")),
        Term(from: 201708, person: man("Taro Kono", "Kono")),
        Term(from: 201909, person: man("Toshimitsu Motegi", "Motegi")),
        Term(from: 202111, person: man("Yoshimasa Hayashi", "Hayashi")),
        Term(from: 202309, person: woman("Yoko Kamikawa", "Kamikawa")),
        Term(from: 202410, person: man("Takeshi Iwaya", "Iwaya")),
        Term(from: 202510, person: man("Toshimitsu Motegi", "Motegi")),
    ]
}
