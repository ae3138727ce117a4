using Leitmotif.Core.Demo;
using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Themes;

public sealed class MusicXmlThemeReaderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A partwise score with the given parts (id, name, measures' content).</summary>
    internal static string Score(params (string Id, string Name, string Measures)[] parts) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!DOCTYPE score-partwise PUBLIC "-//Recordare//DTD MusicXML 4.0 Partwise//EN" "http://www.musicxml.org/dtds/partwise.dtd">
        <score-partwise version="4.0">
          <part-list>{string.Concat(parts.Select(p => $"<score-part id=\"{p.Id}\"><part-name>{p.Name}</part-name></score-part>"))}</part-list>
          {string.Concat(parts.Select(p => $"<part id=\"{p.Id}\">{p.Measures}</part>"))}
        </score-partwise>
        """;

    /// <summary>One part, named Flute.</summary>
    internal static string Score(string measures) => Score(("P1", "Flute", measures));

    /// <summary>A pitched note: step with alteration, octave, duration in divisions, and extra elements (chord, tie, dot…).</summary>
    internal static string N(string step, int octave, int duration, string extra = "", int alter = 0) =>
        $"<note>{(extra.Contains("<chord/>") ? "<chord/>" : "")}<pitch><step>{step}</step>{(alter != 0 ? $"<alter>{alter}</alter>" : "")}<octave>{octave}</octave></pitch>"
        + $"<duration>{duration}</duration>{extra.Replace("<chord/>", "")}</note>";

    internal static string Rest(int duration) => $"<note><rest/><duration>{duration}</duration></note>";

    /// <summary>Divisions per quarter and a tempo of 60 quarter notes per minute (one quarter note = 1 s).</summary>
    internal static string Start(int divisions, string more = "") =>
        $"<attributes><divisions>{divisions}</divisions>{more}</attributes><sound tempo=\"60\"/>";

    private Theme Read(string xml, string? part = null, double tempoQpm = 100, string name = "theme.musicxml") =>
        MusicXmlThemeReader.Read(_folder.File(name, xml), tempoQpm, part);

    private static void AssertNotes(IReadOnlyList<Note> expected, IReadOnlyList<Note> actual)
    {
        Assert.Equal(expected.Select(n => n.Pitch), actual.Select(n => n.Pitch));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].OnsetSeconds, actual[i].OnsetSeconds, 9);
            Assert.Equal(expected[i].DurationSeconds, actual[i].DurationSeconds, 9);
        }
    }

    [Fact]
    public void DotsTupletsAndRestsTakeTheTimeTheirDurationsSay()
    {
        // Six divisions per quarter: dotted quarter 9, eighth 3, triplet eighths 2 each, quarter rest 6.
        var theme = Read(Score($"""
            <measure number="1">{Start(6)}
              {N("C", 4, 9, "<type>quarter</type><dot/>")}{N("D", 4, 3, "<type>eighth</type>")}
              {N("E", 4, 2, "<type>eighth</type><time-modification><actual-notes>3</actual-notes><normal-notes>2</normal-notes></time-modification>")}
              {N("F", 4, 2, "<type>eighth</type><time-modification><actual-notes>3</actual-notes><normal-notes>2</normal-notes></time-modification>")}
              {N("G", 4, 2, "<type>eighth</type><time-modification><actual-notes>3</actual-notes><normal-notes>2</normal-notes></time-modification>")}
              {Rest(6)}
            </measure>
            <measure number="2">{N("A", 4, 6)}</measure>
            """));

        AssertNotes([new(0, 1.5, 60), new(1.5, 0.5, 62), new(2, 1.0 / 3, 64), new(7.0 / 3, 1.0 / 3, 65), new(8.0 / 3, 1.0 / 3, 67), new(4, 1, 69)],
            theme.Notes);
        Assert.Empty(theme.Remarks);
    }

    [Fact]
    public void TiedNotesBecomeOneNoteAcrossBarLines()
    {
        var theme = Read(Score($"""
            <measure number="1">{Start(1)}{N("C", 4, 2)}{N("E", 4, 2, "<tie type=\"start\"/>")}</measure>
            <measure number="2">{N("E", 4, 4, "<tie type=\"stop\"/><tie type=\"start\"/>")}</measure>
            <measure number="3">{N("E", 4, 1, "<tie type=\"stop\"/>")}{N("E", 4, 1)}{N("G", 4, 2)}</measure>
            """));

        AssertNotes([new(0, 2, 60), new(2, 7, 64), new(9, 1, 64), new(10, 2, 67)], theme.Notes);
    }

    [Fact]
    public void BackupForwardAndChordsPlaceVoicesAndTheHighestSoundingNoteIsKept()
    {
        // Voice 1: C4 whole note. Voice 2, after a backup: a quarter of silence (forward), then a G4–E5 chord of a half,
        // then nothing. The skyline cuts C4 at the chord and drops G4.
        var theme = Read(Score($"""
            <measure number="1">{Start(2)}
              {N("C", 4, 8, "<voice>1</voice>")}
              <backup><duration>8</duration></backup>
              <forward><duration>2</duration><voice>2</voice></forward>
              {N("G", 4, 4, "<voice>2</voice>")}{N("E", 5, 4, "<chord/><voice>2</voice>")}
            </measure>
            <measure number="2">{N("D", 4, 2)}</measure>
            """));

        AssertNotes([new(0, 1, 60), new(1, 2, 76), new(4, 1, 62)], theme.Notes);
        Assert.Contains("overlapping notes: kept the highest sounding note (2 notes changed)", theme.Remarks);
    }

    [Fact]
    public void AMeasureEndsWhereItsLongestVoiceEnds()
    {
        // Voice 2 is shorter than voice 1 and the measure has no final forward: the next measure still starts at beat 4.
        var theme = Read(Score($"""
            <measure number="1">{Start(1)}{N("C", 5, 4)}<backup><duration>4</duration></backup>{N("C", 4, 2)}</measure>
            <measure number="2">{N("D", 5, 1)}</measure>
            """));

        AssertNotes([new(0, 4, 72), new(4, 1, 74)], theme.Notes);
    }

    [Theory]
    [InlineData("<transpose><diatonic>-1</diatonic><chromatic>-2</chromatic></transpose>", "D", 5, 72)] // clarinet in B♭
    [InlineData("<transpose><diatonic>-4</diatonic><chromatic>-7</chromatic></transpose>", "C", 5, 65)] // horn in F
    [InlineData("<transpose><diatonic>0</diatonic><chromatic>0</chromatic><octave-change>-1</octave-change></transpose>", "E", 4, 52)] // guitar
    public void TransposingInstrumentsSoundAtConcertPitch(string transpose, string step, int octave, int sounding)
    {
        var theme = Read(Score($"""<measure number="1">{Start(1, transpose)}{N(step, octave, 1)}</measure>"""));

        Assert.Equal(sounding, Assert.Single(theme.Notes).Pitch);
    }

    [Fact]
    public void AlterationsAreTheSoundingOnesWhateverTheKey()
    {
        var theme = Read(Score($"""
            <measure number="1">{Start(1, "<key><fifths>-2</fifths></key>")}{N("B", 4, 1, alter: -1)}{N("B", 4, 1)}{N("F", 4, 1, alter: 1)}</measure>
            """));

        Assert.Equal([70, 71, 66], theme.Notes.Select(n => n.Pitch));
    }

    [Fact]
    public void ADottedMetronomeMarkAndALaterSoundTempoTimeTheNotes()
    {
        // Dotted quarter = 40 is 60 quarter notes per minute; from measure 2 on, 120.
        var theme = Read(Score($"""
            <measure number="1"><attributes><divisions>2</divisions></attributes>
              <direction><direction-type><metronome><beat-unit>quarter</beat-unit><beat-unit-dot/><per-minute>40</per-minute></metronome></direction-type></direction>
              {N("C", 4, 3)}{N("D", 4, 3)}
            </measure>
            <measure number="2"><direction><direction-type><words>Allegro</words></direction-type><sound tempo="120"/></direction>{N("E", 4, 4)}</measure>
            """));

        AssertNotes([new(0, 1.5, 60), new(1.5, 1.5, 62), new(3, 1, 64)], theme.Notes);
    }

    [Fact]
    public void WithoutATempoMarkTheGivenTempoHoldsAndARemarkSaysSo()
    {
        var theme = Read(Score($"""<measure number="1"><attributes><divisions>1</divisions></attributes>{N("C", 4, 1)}{N("D", 4, 2)}</measure>"""),
            tempoQpm: 120);

        AssertNotes([new(0, 0.5, 60), new(0.5, 1, 62)], theme.Notes);
        Assert.Equal(["no tempo mark at the start: read at 120 quarter notes per minute"], theme.Remarks);
    }

    private static string TwoParts() => Score(
        ("P1", "Flute", $"""<measure number="1">{Start(1)}{N("C", 5, 1)}{N("D", 5, 1)}</measure><measure number="2"><sound tempo="120"/>{N("E", 5, 2)}</measure>"""),
        ("P2", "Piano", $"""<measure number="1"><attributes><divisions>1</divisions></attributes>{N("C", 3, 2)}</measure><measure number="2">{N("G", 3, 2)}</measure>"""));

    [Fact]
    public void TheFirstPartIsReadByDefaultAndARemarkNamesIt()
    {
        var theme = Read(TwoParts());

        AssertNotes([new(0, 1, 72), new(1, 1, 74), new(2, 1, 76)], theme.Notes);
        Assert.Equal(["read part 1 'Flute' (P1) of 2"], theme.Remarks);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("piano")]
    [InlineData("P2")]
    public void APartIsChosenByNumberNameOrIdAndFollowsTheFirstPartsTempo(string part)
    {
        var theme = Read(TwoParts(), part);

        AssertNotes([new(0, 2, 48), new(2, 1, 55)], theme.Notes);
        Assert.Empty(theme.Remarks);
    }

    [Fact]
    public void AnUnknownPartIsAnInputErrorListingTheParts()
    {
        string path = _folder.File("parts.musicxml", TwoParts());

        var e = Assert.Throws<InputException>(() => MusicXmlThemeReader.Read(path, 100, "violin"));

        Assert.Equal($"{path}: no part 'violin'; the parts are 1 'Flute' (P1), 2 'Piano' (P2)", e.Message);
    }

    [Fact]
    public void GraceCueAndUnpitchedNotesAreLeftOutWithRemarks()
    {
        var theme = Read(Score($"""
            <measure number="1">{Start(1)}
              <note><grace/><pitch><step>B</step><octave>4</octave></pitch><type>eighth</type></note>
              {N("C", 5, 1)}
              <note><cue/><pitch><step>D</step><octave>5</octave></pitch><duration>1</duration></note>
              <note><unpitched><display-step>E</display-step><display-octave>4</display-octave></unpitched><duration>1</duration></note>
              {N("E", 5, 1)}
            </measure>
            <measure number="2"><barline location="left"><repeat direction="forward"/></barline>{N("F", 5, 1)}</measure>
            """));

        AssertNotes([new(0, 1, 72), new(3, 1, 76), new(4, 1, 77)], theme.Notes);
        Assert.Equal(["ignored 1 grace notes", "ignored 1 cue notes", "ignored 1 unpitched notes", "repeats and endings are read once, as written"],
            theme.Remarks);
    }

    [Fact]
    public void ATimewiseScoreReadsAsItsPartwiseTwin()
    {
        string timewise = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <score-timewise version="4.0">
              <part-list><score-part id="P1"><part-name>Flute</part-name></score-part><score-part id="P2"><part-name>Piano</part-name></score-part></part-list>
              <measure number="1">
                <part id="P1">{Start(1)}{N("C", 5, 1)}{N("D", 5, 1)}</part>
                <part id="P2"><attributes><divisions>1</divisions></attributes>{N("C", 3, 2)}</part>
              </measure>
              <measure number="2">
                <part id="P1"><sound tempo="120"/>{N("E", 5, 2)}</part>
                <part id="P2">{N("G", 3, 2)}</part>
              </measure>
            </score-timewise>
            """;

        Assert.Equal(Read(TwoParts(), "2").Notes, Read(timewise, "2", name: "timewise.xml").Notes);
        Assert.Equal(Read(TwoParts()).Notes, Read(timewise, name: "timewise.xml").Notes);
    }

    [Theory]
    [InlineData("<note><pitch><step>C</step><octave>4</octave></pitch></note>", "part 1 'Flute' (P1), measure 7: <note> has no duration")]
    [InlineData("<note><pitch><step>H</step><octave>4</octave></pitch><duration>1</duration></note>", "part 1 'Flute' (P1), measure 7: pitch step 'H' is not one of A–G")]
    [InlineData("<note><pitch><step>C</step></pitch><duration>1</duration></note>", "part 1 'Flute' (P1), measure 7: pitch C has no octave")]
    [InlineData("<backup/>", "part 1 'Flute' (P1), measure 7: <backup> has no duration")]
    public void AMalformedNoteIsAnInputErrorNamingPartAndMeasure(string note, string reason)
    {
        string path = _folder.File("bad.musicxml", Score($"""<measure number="7">{Start(1)}{note}</measure>"""));

        Assert.Equal($"{path}: {reason}", Assert.Throws<InputException>(() => MusicXmlThemeReader.Read(path)).Message);
    }

    [Fact]
    public void DurationsBeforeAnyDivisionsAreAnInputError()
    {
        string path = _folder.File("nodivisions.musicxml", Score($"""<measure number="1">{N("C", 4, 1)}</measure>"""));

        Assert.Equal($"{path}: part 1 'Flute' (P1), measure 1: <note> comes before any <divisions>",
            Assert.Throws<InputException>(() => MusicXmlThemeReader.Read(path)).Message);
    }

    [Fact]
    public void APartOfRestsOnlyHasNoNotes()
    {
        string path = _folder.File("rests.musicxml", Score($"""<measure number="1">{Start(1)}{Rest(4)}</measure>"""));

        Assert.Equal($"{path}: the theme has no notes", Assert.Throws<InputException>(() => MusicXmlThemeReader.Read(path)).Message);
    }

    [Fact]
    public void AnExportOfADemoMelodyMatchesItsMidiTwinNoteForNote()
    {
        // Resources/greensleeves.musicxml is the demo's Greensleeves theme written by hand as notation programs export it
        // (a pickup measure, key signature, dotted notes, metronome mark); the demo writes the same theme as MIDI.
        var melody = DemoMelodies.All.Single(m => m.Name == "greensleeves");
        string midi = _folder.File("greensleeves.mid");
        ThemeMidiFile.Write(midi, melody.Title, melody.ThemeNotes, melody.ThemeQpm);

        var fromMidi = MidiThemeReader.Read(midi);
        var fromMusicXml = MusicXmlThemeReader.Read(Path.Combine(AppContext.BaseDirectory, "Themes", "Resources", "greensleeves.musicxml"));

        Assert.Equal(melody.ThemeNotes.Count, fromMusicXml.Notes.Count);
        Assert.Equal(fromMidi.Notes.Select(n => n.Pitch), fromMusicXml.Notes.Select(n => n.Pitch));
        for (int i = 0; i < fromMidi.Notes.Count; i++)
        {
            Assert.Equal(fromMidi.Notes[i].OnsetSeconds, fromMusicXml.Notes[i].OnsetSeconds, 4);
            Assert.Equal(fromMidi.Notes[i].DurationSeconds, fromMusicXml.Notes[i].DurationSeconds, 4);
        }
        Assert.Empty(fromMusicXml.Remarks);
    }
}
