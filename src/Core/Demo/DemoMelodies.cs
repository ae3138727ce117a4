namespace Leitmotif.Core.Demo;

/// <summary>
/// The public-domain melodies of the built-in demo collection, transcribed by the project in
/// <see cref="DemoNotation"/> (bars split by <c>|</c>, <c>pitch:beats</c>, beat = quarter note, one beat if omitted).
/// Each is written in its own key, the melody within MIDI 60–78, and with a simple chord progression.
/// </summary>
public static class DemoMelodies
{
    /// <summary>All demo melodies, in a fixed order.</summary>
    public static IReadOnlyList<DemoMelody> All { get; } =
    [
        Melody("ode_to_joy", "Ode to Joy (Beethoven)", "G major", beatsPerBar: 4,
            notes: "B4 B4 C5 D5 | D5 C5 B4 A4 | G4 G4 A4 B4 | B4:1.5 A4:0.5 A4:2 | "
                 + "B4 B4 C5 D5 | D5 C5 B4 A4 | G4 G4 A4 B4 | A4:1.5 G4:0.5 G4:2",
            chords: "G | C D | G | D | G | C D | G | D G",
            recordingQpm: 96, themeQpm: 120, themeBars: 4),

        Melody("twinkle_twinkle", "Twinkle, Twinkle, Little Star", "C major", beatsPerBar: 4,
            notes: "C4 C4 G4 G4 | A4 A4 G4:2 | F4 F4 E4 E4 | D4 D4 C4:2 | "
                 + "G4 G4 F4 F4 | E4 E4 D4:2 | G4 G4 F4 F4 | E4 E4 D4:2 | "
                 + "C4 C4 G4 G4 | A4 A4 G4:2 | F4 F4 E4 E4 | D4 D4 C4:2",
            chords: "C | F C | F C | G C | C G | C G | C G | C G | C | F C | F C | G C",
            recordingQpm: 140, themeQpm: 100, themeBars: 4),

        Melody("frere_jacques", "Frère Jacques", "A major", beatsPerBar: 4,
            notes: "A4 B4 C#5 A4 | A4 B4 C#5 A4 | C#5 D5 E5:2 | C#5 D5 E5:2 | "
                 + "E5:0.5 F#5:0.5 E5:0.5 D5:0.5 C#5 A4 | E5:0.5 F#5:0.5 E5:0.5 D5:0.5 C#5 A4 | A4 E4 A4:2 | A4 E4 A4:2",
            chords: "A | A | A | A | E A | E A | A | A",
            recordingQpm: 92, themeQpm: 92, themeBars: 4),

        Melody("greensleeves", "Greensleeves", "G minor", beatsPerBar: 3,
            notes: "r:2 G4 | Bb4:2 C5 | D5:1.5 Eb5:0.5 D5 | C5:2 A4 | F4:1.5 G4:0.5 A4 | Bb4:2 G4 | "
                 + "G4:1.5 F#4:0.5 G4 | A4:2 F#4 | D4:2 G4 | Bb4:2 C5 | D5:1.5 Eb5:0.5 D5 | C5:2 A4 | "
                 + "F4:1.5 G4:0.5 A4 | Bb4:1.5 A4:0.5 G4 | F#4:1.5 E4:0.5 F#4 | G4:3",
            chords: "Gm | Gm | Bb | F | Dm | Gm | D | D | D D Gm | Gm | Bb | F | Dm | Gm D Gm | D | Gm",
            recordingQpm: 138, themeQpm: 112, themeBars: 9),

        Melody("amazing_grace", "Amazing Grace", "F major", beatsPerBar: 3,
            notes: "r:2 C4 | F4:2 A4:0.5 F4:0.5 | A4:2 G4 | F4:2 D4 | C4:2 C4 | F4:2 A4:0.5 F4:0.5 | A4:2 G4 | "
                 + "C5:2 A4 | C5:2 A4:0.5 F4:0.5 | A4:2 G4 | F4:2 D4 | C4:2 C4 | F4:2 A4:0.5 F4:0.5 | A4:2 G4 | F4:3",
            chords: "F | F | F | Bb | F | F | F C | C F | F | F C | Bb | F | F | F C | F",
            recordingQpm: 116, themeQpm: 92, themeBars: 5),

        Melody("when_the_saints", "When the Saints Go Marching In", "Eb major", beatsPerBar: 2,
            notes: "r:0.5 Eb4:0.5 G4:0.5 Ab4:0.5 | Bb4:2 | r:0.5 Eb4:0.5 G4:0.5 Ab4:0.5 | Bb4:2 | "
                 + "r:0.5 Eb4:0.5 G4:0.5 Ab4:0.5 | Bb4 G4 | Eb4 G4 | F4:2 | "
                 + "r:0.5 G4:0.5 G4:0.5 F4:0.5 | Eb4:1.5 Eb4:0.5 | G4 Bb4 | Bb4:0.5 Ab4:1.5 | "
                 + "r:1 G4:0.5 Ab4:0.5 | Bb4 G4 | Eb4 F4 | Eb4:2",
            chords: "Eb | Eb | Eb | Eb | Eb | Eb | Eb | Bb | Eb Bb | Eb | Eb | Ab | Eb | Eb | Eb Bb | Eb",
            recordingQpm: 100, themeQpm: 128, themeBars: 8),

        Melody("oh_susanna", "Oh! Susanna (Foster)", "D major", beatsPerBar: 4,
            notes: "r:3 D4:0.5 E4:0.5 | F#4 A4 A4:1.5 B4:0.5 | A4 F#4 D4:1.5 E4:0.5 | F#4 F#4 E4 D4 | E4:3 D4:0.5 E4:0.5 | "
                 + "F#4 A4 A4:1.5 B4:0.5 | A4 F#4 D4:1.5 E4:0.5 | F#4 F#4 E4 E4 | D4:3 r:1",
            chords: "D | D | D | D A | A | D | D | D A | D",
            recordingQpm: 108, themeQpm: 108, themeBars: 5),

        Melody("yankee_doodle", "Yankee Doodle", "Bb major", beatsPerBar: 4,
            notes: "Bb4 Bb4 C5 D5 | Bb4 D5 C5 F4 | Bb4 Bb4 C5 D5 | Bb4:2 A4:2 | "
                 + "Bb4 Bb4 C5 D5 | Eb5 D5 C5 Bb4 | A4 F4 G4 A4 | Bb4:2 Bb4:2",
            chords: "Bb | Bb F | Bb | Bb F | Bb | Eb Bb | F | Bb",
            recordingQpm: 120, themeQpm: 120, themeBars: 4),

        Melody("brahms_lullaby", "Lullaby (Brahms, Wiegenlied)", "E major", beatsPerBar: 3,
            notes: "r:2 G#4:0.5 G#4:0.5 | B4:2 G#4:0.5 G#4:0.5 | B4:2 G#4:0.5 B4:0.5 | E5 D#5:1.5 C#5:0.5 | "
                 + "C#5 B4 F#4:0.5 G#4:0.5 | A4 F#4 F#4:0.5 G#4:0.5 | A4:2 F#4:0.5 A4:0.5 | D#5:0.5 C#5:0.5 B4 D#5 | "
                 + "E5:2 E4:0.5 E4:0.5 | E5:2 C#5:0.5 A4:0.5 | B4:2 G#4:0.5 E4:0.5 | A4 B4 C#5 | "
                 + "B4:2 E4:0.5 E4:0.5 | E5:2 C#5:0.5 A4:0.5 | B4:2 G#4:0.5 E4:0.5 | A4 G#4 F#4 | E4:3",
            chords: "E | E | E | A | B | B | B | B | E | A | E | B | E | A | E | B | E",
            recordingQpm: 134, themeQpm: 100, themeBars: 5),

        Melody("scarborough_fair", "Scarborough Fair", "D dorian", beatsPerBar: 3,
            notes: "D4:2 D4 | A4:2 A4 | E4:1.5 F4:0.5 E4 | D4:3 | r A4 C5 | D5:2 C5 | A4 B4 G4 | A4:3 | "
                 + "D5:2 D5 | D5:2 C5 | A4 A4 G4 | F4 E4 C4 | D4:2 A4 | G4:2 F4 | E4 D4 C4 | D4:3",
            chords: "Dm | Dm | C | Dm | Am | Dm | G | Dm | Dm | Dm | Dm | F C | Dm | C | C | Dm",
            recordingQpm: 132, themeQpm: 132, themeBars: 8),

        Melody("jingle_bells", "Jingle Bells (Pierpont), chorus", "Ab major", beatsPerBar: 4,
            notes: "C5 C5 C5:2 | C5 C5 C5:2 | C5 Eb5 Ab4:1.5 Bb4:0.5 | C5:4 | "
                 + "Db5 Db5 Db5:1.5 Db5:0.5 | Db5 C5 C5 C5:0.5 C5:0.5 | Eb5 Eb5 Db5 Bb4 | Ab4:4",
            chords: "Ab | Ab | Ab | Ab | Db | Db Ab | Eb | Ab",
            recordingQpm: 136, themeQpm: 136, themeBars: 4),

        Melody("fur_elise", "Für Elise (Beethoven), opening, note values doubled", "A minor", beatsPerBar: 3,
            notes: "r:2 E5:0.5 D#5:0.5 | E5:0.5 D#5:0.5 E5:0.5 B4:0.5 D5:0.5 C5:0.5 | A4 r:0.5 C4:0.5 E4:0.5 A4:0.5 | "
                 + "B4 r:0.5 E4:0.5 G#4:0.5 B4:0.5 | C5 r:0.5 E4:0.5 E5:0.5 D#5:0.5 | "
                 + "E5:0.5 D#5:0.5 E5:0.5 B4:0.5 D5:0.5 C5:0.5 | A4 r:0.5 C4:0.5 E4:0.5 A4:0.5 | "
                 + "B4 r:0.5 E4:0.5 C5:0.5 B4:0.5 | A4:3",
            chords: "Am | E Am | Am | E | Am | E Am | Am | E | Am",
            recordingQpm: 76, themeQpm: 76, themeBars: 5),
    ];

    private static DemoMelody Melody(string name, string title, string key, int beatsPerBar, string notes, string chords,
        double recordingQpm, double themeQpm, int themeBars)
    {
        var melody = new DemoMelody(name, title, key, beatsPerBar, DemoNotation.ParseNotes(notes, beatsPerBar),
            DemoNotation.ParseChords(chords, beatsPerBar), recordingQpm, themeQpm, themeBars);
        var noteBars = notes.Split('|').Length;
        if (noteBars != melody.Bars || themeBars > noteBars)
            throw new ArgumentException($"{name}: {noteBars} bars of notes, {melody.Bars} of chords, themeBars={themeBars}");
        return melody;
    }
}
