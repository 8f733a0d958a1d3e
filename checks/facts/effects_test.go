package facts

import (
	"strings"
	"testing"
)

// effectString renders an effect as "kind:flags[=amount]": B bound, N
// negated, M main clause, F full amount, X maximum.
func effectString(e Effect) string {
	var b strings.Builder
	b.WriteString(e.Kind + ":")
	for _, f := range []struct {
		on bool
		c  byte
	}{{e.Bound, 'B'}, {e.Negated, 'N'}, {e.Main, 'M'}, {e.Full, 'F'}, {e.Maximum, 'X'}} {
		if f.on {
			b.WriteByte(f.c)
		}
	}
	if e.Amount != "" {
		b.WriteString("=" + e.Amount)
	}
	return b.String()
}

func TestEffects(t *testing.T) {
	cases := []struct {
		in   string
		want string // effects, "; "-separated, in order
	}{
		// recovery: imposed, in the main clause, whole or not
		{"Het college vordert de kosten van de voorziening volledig terug indien de deelnemer het traject niet afrondt.", "recovery:BMF"},
		{"De subsidie wordt geheel teruggevorderd indien de isolatiemaatregel niet binnen een jaar is uitgevoerd.", "recovery:BMF"},
		{"Indien een herziening leidt tot een terug te vorderen bedrag, is de belanghebbende het bedrag van de terugvordering in zijn geheel verschuldigd.", "recovery:BMF"},
		{"De uitkering die onverschuldigd is betaald, alsmede hetgeen anderszins onverschuldigd is betaald, wordt door het UWV teruggevorderd.", "recovery:BM"},
		{"Het college van de gemeente die de bijstand heeft verleend vordert de kosten van bijstand terug voor zover de bijstand ten onrechte is ontvangen.", "recovery:BM"},
		{"Indien de subsidie niet is besteed wordt zij teruggevorderd.", "recovery:BM"},
		{"De aanvrager is verplicht de ontvangen subsidie terug te betalen indien hij de woning verkoopt.", "recovery:BM"},
		{"Er vindt geen terugvordering plaats indien het bedrag lager is dan € 50.", "recovery:BNM"},
		// a duty to repay, with gehouden or a modal verb
		{"In dat geval is de ontvanger gehouden het ontvangen bedrag binnen zes weken in zijn geheel terug te betalen.", "recovery:BMF"},
		{"De subsidieontvanger dient het voorschot terug te betalen indien de activiteit niet doorgaat.", "recovery:BM"},
		{"De student moet de ontvangen toeslag volledig terugbetalen.", "recovery:BMF"},
		{"Onze Minister moet het te veel ontvangen bedrag aan de aanvrager terugbetalen.", ""},
		{"De ontvanger is in dat geval het volledige bedrag van de energietoeslag verschuldigd.", "recovery:BMF"},
		{"De koper is het volledige bedrag van de koopsom verschuldigd.", ""},
		{"De bestuurlijke boete bedraagt het dubbele van het bedrag dat ten onrechte is betaald.", "fine:BM=het dubbele"},
		// a loss set off against profits is tax arithmetic, not a debt set off
		{"Bij beschikking wordt een aanslag verminderd wegens verrekening van een verlies uit werk en woning.", ""},
		{"Het college verrekent de vordering met de bijstand.", "setoff:BM"},
		// not imposed: a power, a negation, a condition, a relative clause
		{"Het college kan de subsidie terugvorderen.", ""},
		{"Onverminderd artikel 58 kunnen kosten van bijstand, indien de bijstand aan een gezin wordt verleend, van alle gezinsleden worden teruggevorderd.", "recovery:M"},
		{"De tegemoetkoming wordt niet teruggevorderd indien de fout de aanvrager niet te verwijten is.", "recovery:BNM"},
		{"De persoon van wie kosten van bijstand worden teruggevorderd is verplicht de inlichtingen te verstrekken.", "recovery:B"},
		{"Indien de kosten van bijstand worden teruggevorderd door de Sociale verzekeringsbank is het eerste lid van overeenkomstige toepassing.", "recovery:B"},
		{"Indien de persoon van wie kosten als bedoeld in artikel 58, eerste lid, worden teruggevorderd bijstand ontvangt, verrekent het college die kosten.", "recovery:B; setoff:BM"},
		{"Indien het college de kosten terugvordert, is artikel 4 van toepassing.", ""},
		{"Het besluit tot het afzien van terugvordering wordt ingetrokken of ten nadele van degene van wie wordt teruggevorderd gewijzigd indien de schuldenaar niet meewerkt.", "recovery:B"},
		{"Over uit te betalen bedragen wordt rente vergoed en over terug te vorderen bedragen wordt rente in rekening gebracht.", "interest:BM"},
		{"Dat bedrag wordt teruggevorderd.", "recovery:BM"},
		{"De kosten van die voorziening worden teruggevorderd.", "recovery:BM"},
		// fines and their amounts
		{"Indien de deelnemer niet verschijnt op een afspraak, legt het college hem een bestuurlijke boete op van 10 procent van de kosten van de voorziening.", "fine:BM=10 procent"},
		{"Het college legt een boete van € 1.500 op aan degene die de verplichting overtreedt.", "fine:BM=€ 1.500"},
		{"De boete bedraagt € 1.500.", "fine:BM=€ 1.500"},
		{"Het UWV legt een bestuurlijke boete op van ten hoogste € 2 269 ter zake van het niet nakomen van een verplichting.", "fine:BMX=€ 2 269"},
		{"Degene die gegevens niet tijdig heeft verstrekt, begaat een verzuim ter zake waarvan de Dienst Toeslagen hem een bestuurlijke boete van ten hoogste € 6.709 kan opleggen.", "fine:X=€ 6.709"},
		{"Het college legt degene die de melding had moeten doen een bestuurlijke boete op ter hoogte van driemaal de premie.", "fine:BM=driemaal"},
		{"Hij die het verbod overtreedt, wordt gestraft met een geldboete van de tweede categorie.", ""},
		// sanctions on a benefit
		{"Het college verlaagt de bijstand met 100 procent gedurende een maand.", "sanction:BM=100 procent"},
		{"De bijstand wordt gedurende zes maanden verlaagd met 20 procent van de bijstandsnorm.", "sanction:BM=20 procent"},
		// loss of an entitlement
		{"Indien de aanvraag niet tijdig is ingediend, vervalt het recht op de voorziening.", "loss:BM"},
		{"Ingeval de partner van de belanghebbende een vreemdeling is die niet rechtmatig verblijf houdt in de zin van artikel 8 van de Vreemdelingenwet 2000, heeft de belanghebbende geen aanspraak op een tegemoetkoming.", "loss:BM"},
		{"Het bedrag van het voorschot bedraagt nihil indien onvoldoende gegevens bekend zijn.", "loss:BM"},
		{"Bij de vaststelling van de tegemoetkoming wordt de beschikking tot terugvordering vastgesteld op nihil.", ""},
		{"Indien de invrijheidstelling geschiedt, vervalt het recht van tenuitvoerlegging voor het resterende gedeelte.", ""},
		{"Artikel 5 vervalt.", ""},
		// withdrawal, refusal, suspension, liability, set-off, payment
		{"Het college trekt de subsidie in indien de aanvrager onjuiste gegevens heeft verstrekt.", "withdrawal:BM"},
		{"De verblijfsvergunning wordt ingetrokken, indien de vreemdeling langdurig ingezetene is geworden in een andere staat.", "withdrawal:BM"},
		{"Het persoonsgebonden budget wordt in ieder geval geweigerd indien de verzekerde niet in staat is de taken uit te voeren.", "refusal:BM"},
		{"De Sociale verzekeringsbank schort de betaling van de kinderbijslag op indien zij het gegronde vermoeden heeft dat het kind niet tot het huishouden behoort.", "suspension:BM"},
		{"De partner van de belanghebbende is hoofdelijk aansprakelijk voor een door de belanghebbende verschuldigd bedrag aan terugvordering.", "liability:BM"},
		{"De Dienst Toeslagen is bevoegd tot verrekening van een verschuldigd bedrag aan terugvordering met een uit te betalen tegemoetkoming, ongeacht het berekeningsjaar.", "setoff:M"},
		{"Een teruggaaf als gevolg van een vermindering van een aanslag waarmee een voorlopige aanslag, waarop het betaalde bedrag is afgeboekt, op de voet van artikel 15 is verrekend, komt toe aan de aansprakelijk gestelde.", "setoff:B"},
		{"Indien de gewezen deelnemer een aanspraak heeft behouden bij beëindigen van de deelneming, gaat de aanspraak over op de gewezen partner.", ""},
		{"In afwijking van artikel 28 is de belanghebbende verplicht het bedrag van een terugvordering terstond en tot het volle bedrag te betalen.", "payment:BMF"},
	}
	for _, c := range cases {
		var got []string
		for _, e := range effects(c.in, 0, "s") {
			got = append(got, effectString(e))
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("effects(%q)\n got  %q\n want %q", c.in, g, c.want)
		}
	}
}

// Offsets are into the unit's text: the sentence offset is added, and the
// reported text is the verb phrase.
func TestEffectOffsets(t *testing.T) {
	unit := "Eerste zin. Het college vordert de kosten volledig terug."
	off := strings.Index(unit, "Het")
	es := effects(unit[off:], off, "art:4/s:2")
	if len(es) != 1 {
		t.Fatalf("effects = %v, want one", es)
	}
	e := es[0]
	if got := unit[e.Start:e.End]; got != e.Text || got != "vordert de kosten volledig terug" {
		t.Errorf("span %d:%d = %q, text %q", e.Start, e.End, got, e.Text)
	}
	if e.Sentence != "art:4/s:2" {
		t.Errorf("sentence = %q", e.Sentence)
	}
}

func TestSubordinateAt(t *testing.T) {
	cases := []struct {
		s    string
		word string // its first occurrence is tested
		want bool
	}{
		{"Indien de subsidie niet is besteed, wordt zij teruggevorderd.", "wordt", false},
		{"Indien de subsidie wordt teruggevorderd, is artikel 4 van toepassing.", "wordt", true},
		{"De persoon van wie kosten worden teruggevorderd is verplicht.", "worden", true},
		{"De uitkering, die onverschuldigd is betaald, wordt teruggevorderd.", "wordt", false},
		{"De kosten van die voorziening worden teruggevorderd.", "worden", false},
		{"Het bedrag dat als gevolg van een besluit is betaald wordt teruggevorderd.", "wordt", false},
		{"De subsidie, bedoeld in artikel 3, eerste lid, wordt teruggevorderd.", "wordt", false},
		{"Indien de subsidie, bedoeld in artikel 3, eerste lid, wordt teruggevorderd, is artikel 4 van toepassing.", "wordt", true},
		{"Als de aanvrager verhuist, wordt de subsidie teruggevorderd.", "wordt", false},
		{"Als bedoeld in artikel 3 wordt de subsidie teruggevorderd.", "wordt", false},
	}
	for _, c := range cases {
		i := strings.Index(c.s, c.word)
		if got := subordinateAt(c.s, i); got != c.want {
			t.Errorf("subordinateAt(%q, %q) = %v, want %v", c.s, c.word, got, c.want)
		}
	}
}
