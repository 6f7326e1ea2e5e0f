/// A counterpart country: how records name it and who speaks for it.
struct SynthCountry: Sendable {
    /// Short name, as in titles and `Japan-<Country> Relations`.
    var name: String
    /// As the lead writes it: `the Republic of Peru`.
    var formal: String
    var capital: String
    /// Offset of local time from UTC, in minutes (India is +5:30).
    var utcOffset: Int
    /// `President`, `Prime Minister`, `Premier of the State Council`, `Chancellor`.
    var headRole: String
    var heads: [SynthPerson]
    /// `Minister for Foreign Affairs`, `Minister of External Affairs`, …
    var ministerRole: String
    var ministers: [SynthPerson]

    var slug: String {
        String(name.lowercased().unicodeScalars.map { $0.properties.isAlphabetic ? Character($0) : "-" })
            .folding()
    }
}

private extension String {
    /// ASCII file-name spelling: accents dropped (`Türkiye` → `turkiye`).
    func folding() -> String {
        let plain: [Character: Character] = ["ü": "u", "é": "e", "í": "i", "á": "a", "ó": "o", "ñ": "n"]
        return String(self.map { plain[$0] ?? $0 })
    }
}

enum Countries {
    static let all: [SynthCountry] = [
        SynthCountry(
            name: "Peru", formal: "the Republic of Peru", capital: "Lima", utcOffset: -300,
            headRole: "President",
            heads: [man("Alberto Fujimori", "Fujimori"), man("Alejandro Toledo", "Toledo"),
                    man("Alan García", "García"), man("Ollanta Humala", "Humala"),
                    man("Pedro Pablo Kuczynski", "Kuczynski"), man("Martín Vizcarra", "Vizcarra"),
                    woman("Dina Boluarte", "Boluarte")],
            ministerRole: "Minister for Foreign Affairs",
            ministers: [man("Ricardo Luna", "Luna"), man("Javier González-Olaechea Franco", "González-Olaechea"),
                        man("Elmer Schialer", "Schialer")]),
        SynthCountry(
            name: "Chile", formal: "the Republic of Chile", capital: "Santiago", utcOffset: -240,
            headRole: "President",
            heads: [woman("Michelle Bachelet", "Bachelet"), man("Sebastián Piñera", "Piñera"),
                    man("Gabriel Boric Font", "Boric")],
            ministerRole: "Minister of Foreign Affairs",
            ministers: [man("Heraldo Muñoz", "Muñoz"), man("Alberto van Klaveren", "van Klaveren"),
                        woman("Antonia Urrejola", "Urrejola")]),
        SynthCountry(
            name: "Viet Nam", formal: "the Socialist Republic of Viet Nam", capital: "Hanoi", utcOffset: 420,
            headRole: "Prime Minister",
            heads: [man("Nguyen Xuan Phuc", "Phuc"), man("Pham Minh Chinh", "Chinh"), man("Nguyen Tan Dung", "Dung")],
            ministerRole: "Minister of Foreign Affairs",
            ministers: [man("Pham Binh Minh", "Minh"), man("Bui Thanh Son", "Son")]),
        SynthCountry(
            name: "Brazil", formal: "the Federative Republic of Brazil", capital: "Brasília", utcOffset: -180,
            headRole: "President",
            heads: [man("Luiz Inácio Lula da Silva", "Lula"), woman("Dilma Rousseff", "Rousseff"),
                    man("Jair Bolsonaro", "Bolsonaro")],
            ministerRole: "Minister of Foreign Affairs",
            ministers: [man("Mauro Vieira", "Vieira"), man("Ernesto Araújo", "Araújo"), man("Carlos França", "França")]),
        SynthCountry(
            name: "Mexico", formal: "the United Mexican States", capital: "Mexico City", utcOffset: -360,
            headRole: "President",
            heads: [man("Enrique Peña Nieto", "Peña Nieto"), man("Andrés Manuel López Obrador", "López Obrador"),
                    woman("Claudia Sheinbaum Pardo", "Sheinbaum")],
            ministerRole: "Secretary of Foreign Affairs",
            ministers: [man("Marcelo Ebrard Casaubón", "Ebrard"), woman("Alicia Bárcena Ibarra", "Bárcena"),
                        man("Juan Ramón de la Fuente", "de la Fuente")]),
        SynthCountry(
            name: "India", formal: "the Republic of India", capital: "New Delhi", utcOffset: 330,
            headRole: "Prime Minister",
            heads: [man("Narendra Modi", "Modi"), man("Manmohan Singh", "Singh")],
            ministerRole: "Minister of External Affairs",
            ministers: [man("Subrahmanyam Jaishankar", "Jaishankar"), woman("Sushma Swaraj", "Swaraj")]),
        SynthCountry(
            name: "Australia", formal: "Australia", capital: "Canberra", utcOffset: 600,
            headRole: "Prime Minister",
            heads: [man("Anthony Albanese", "Albanese"), man("Scott Morrison", "Morrison"),
                    man("Malcolm Turnbull", "Turnbull")],
            ministerRole: "Minister for Foreign Affairs",
            ministers: [woman("Penny Wong", "Wong"), woman("Julie Bishop", "Bishop"), woman("Marise Payne", "Payne")]),
        SynthCountry(
            name: "France", formal: "the French Republic", capital: "Paris", utcOffset: 60,
            headRole: "President",
            heads: [man("Emmanuel Macron", "Macron"), man("François Hollande", "Hollande"), man("Jacques Chirac", "Chirac")],
            ministerRole: "Minister for Europe and Foreign Affairs",
            ministers: [man("Jean-Yves Le Drian", "Le Drian"), man("Jean-Noël Barrot", "Barrot"),
                        woman("Catherine Colonna", "Colonna")]),
        SynthCountry(
            name: "Kenya", formal: "the Republic of Kenya", capital: "Nairobi", utcOffset: 180,
            headRole: "President",
            heads: [man("William Samoei Ruto", "Ruto"), man("Uhuru Kenyatta", "Kenyatta")],
            ministerRole: "Cabinet Secretary for Foreign and Diaspora Affairs",
            ministers: [man("Musalia Mudavadi", "Mudavadi"), woman("Raychelle Omamo", "Omamo")]),
        SynthCountry(
            name: "Republic of Korea", formal: "the Republic of Korea", capital: "Seoul", utcOffset: 540,
            headRole: "President",
            heads: [man("Moon Jae-in", "Moon", native: "문재인"), man("Yoon Suk Yeol", "Yoon", native: "윤석열"),
                    man("Lee Jae-myung", "Lee", native: "이재명")],
            ministerRole: "Minister of Foreign Affairs",
            ministers: [man("Park Jin", "Park", native: "박진"), man("Cho Tae-yul", "Cho", native: "조태열")]),
        SynthCountry(
            name: "China", formal: "the People's Republic of China", capital: "Beijing", utcOffset: 480,
            headRole: "Premier of the State Council",
            heads: [man("Li Qiang", "Li", native: "李强"), man("Li Keqiang", "Li", native: "李克强")],
            ministerRole: "Minister of Foreign Affairs",
            ministers: [man("Wang Yi", "Wang", native: "王毅")]),
        SynthCountry(
            name: "Singapore", formal: "the Republic of Singapore", capital: "Singapore", utcOffset: 480,
            headRole: "Prime Minister",
            heads: [man("Lawrence Wong", "Wong", native: "黄循财"), man("Lee Hsien Loong", "Lee", native: "李显龙")],
            ministerRole: "Minister for Foreign Affairs",
            ministers: [man("Vivian Balakrishnan", "Balakrishnan")]),
        SynthCountry(
            name: "Türkiye", formal: "the Republic of Türkiye", capital: "Ankara", utcOffset: 180,
            headRole: "President",
            heads: [man("Recep Tayyip Erdoğan", "Erdoğan")],
            ministerRole: "Minister of Foreign Affairs",
            ministers: [man("Hakan Fidan", "Fidan"), man("Mevlüt Çavuşoğlu", "Çavuşoğlu")]),
        SynthCountry(
            name: "Argentina", formal: "the Argentine Republic", capital: "Buenos Aires", utcOffset: -180,
            headRole: "President",
            heads: [man("Javier Milei", "Milei"), man("Mauricio Macri", "Macri"), man("Alberto Fernández", "Fernández")],
            ministerRole: "Minister of Foreign Affairs, International Trade and Worship",
            ministers: [woman("Diana Mondino", "Mondino"), man("Santiago Cafiero", "Cafiero")]),
        SynthCountry(
            name: "Germany", formal: "the Federal Republic of Germany", capital: "Berlin", utcOffset: 60,
            headRole: "Chancellor",
            heads: [man("Olaf Scholz", "Scholz"), woman("Angela Merkel", "Merkel"), man("Friedrich Merz", "Merz")],
            ministerRole: "Federal Minister for Foreign Affairs",
            ministers: [woman("Annalena Baerbock", "Baerbock"), man("Johann Wadephul", "Wadephul")]),
    ]
}
