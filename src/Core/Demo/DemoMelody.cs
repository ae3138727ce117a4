namespace Leitmotif.Core.Demo;

/// <summary>
/// A public-domain melody of the demo collection with its accompaniment chords and how the demo performs it:
/// the recording plays the whole melody at <see cref="RecordingQpm"/>, the theme file holds its first
/// <see cref="ThemeBars"/> bars at <see cref="ThemeQpm"/>.
/// </summary>
/// <param name="Name">File stem of the recording and theme, e.g. <c>ode_to_joy</c>.</param>
/// <param name="Title">Human-readable title.</param>
/// <param name="Key">Key the melody is written in, e.g. <c>G major</c>.</param>
/// <param name="BeatsPerBar">Quarter-note beats per bar (3 for 3/4 time).</param>
/// <param name="Notes">Monophonic melody in onset order; onsets and durations in beats from the start of bar 1, a pickup written as leading rests.</param>
/// <param name="Chords">Accompaniment chords covering every bar, in onset order, in beats.</param>
/// <param name="RecordingQpm">Tempo of the demo recording, in quarter notes per minute.</param>
/// <param name="ThemeQpm">Tempo written into the theme's MIDI file, in quarter notes per minute.</param>
/// <param name="ThemeBars">How many bars, counted from bar 1, the theme takes from the melody.</param>
public sealed record DemoMelody(
    string Name,
    string Title,
    string Key,
    int BeatsPerBar,
    IReadOnlyList<BeatNote> Notes,
    IReadOnlyList<Chord> Chords,
    double RecordingQpm,
    double ThemeQpm,
    int ThemeBars)
{
    /// <summary>Number of bars, pickup bar included, as the chord progression covers them.</summary>
    public int Bars => (int)Math.Round((Chords[^1].Onset + Chords[^1].Duration) / BeatsPerBar);

    /// <summary>The notes that start within the first <see cref="ThemeBars"/> bars: the theme, in beats.</summary>
    public IReadOnlyList<BeatNote> ThemeNotes => Notes.Where(n => n.Onset < ThemeBars * BeatsPerBar).ToList();
}
