using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Demo;

/// <summary>
/// Turns a <see cref="DemoMelody"/> into the notes of its demo recording at <see cref="DemoMelody.RecordingQpm"/>:
/// an accompaniment-only intro of whole bars lasting 2–6 s (the progression's last bars, leading into bar 1),
/// the melody with accompaniment, and one bar of the final chord as outro. Accompaniment is a triad on every
/// beat (<see cref="SynthVoice.Chord"/>) over the chord root in MIDI 36–47 (<see cref="SynthVoice.Bass"/>).
/// Onsets are humanised by up to ±<see cref="JitterSeconds"/> and velocities vary slightly.
/// </summary>
public static class DemoArranger
{
    /// <summary>Shortest intro, in seconds.</summary>
    public const double MinIntroSeconds = 2;

    /// <summary>Longest intro, in seconds.</summary>
    public const double MaxIntroSeconds = 6;

    /// <summary>Largest humanising shift of a note onset, in seconds.</summary>
    public const double JitterSeconds = 0.008;

    private const int LowestTriadRoot = 50;
    private const int LowestBassRoot = 36;
    private const double ChordLegato = 0.9;
    private const double BassLegato = 0.95;
    private const double OffBeatVelocity = 0.8;

    /// <summary>Arranges one melody.</summary>
    /// <param name="melody">The melody, its chords and its recording tempo.</param>
    /// <param name="random">Source of the intro length and the humanisation; seed it for reproducible output.</param>
    /// <returns>The notes in seconds and the span of the theme in the recording.</returns>
    public static DemoArrangement Arrange(DemoMelody melody, Random random)
    {
        var secondsPerBeat = 60.0 / melody.RecordingQpm;
        var barSeconds = melody.BeatsPerBar * secondsPerBeat;
        var introBarChoices = Enumerable.Range(1, melody.Bars)
            .Where(bars => bars * barSeconds >= MinIntroSeconds && bars * barSeconds <= MaxIntroSeconds)
            .ToList();
        if (introBarChoices.Count == 0)
            throw new ArgumentException($"{melody.Name}: no whole number of {barSeconds:F2} s bars lasts {MinIntroSeconds}–{MaxIntroSeconds} s", nameof(melody));
        var introBeats = (double)introBarChoices[random.Next(introBarChoices.Count)] * melody.BeatsPerBar;

        var lastBar = melody.Chords[^1].Onset + melody.Chords[^1].Duration;
        var intro = melody.Chords.Where(c => c.Onset >= lastBar - introBeats).Select(c => c with { Onset = c.Onset - lastBar });
        var outro = new[] { melody.Chords[^1] with { Onset = lastBar, Duration = melody.BeatsPerBar } };
        var chords = intro.Concat(melody.Chords).Concat(outro);

        var notes = new List<VoicedNote>();
        VoicedNote Play(double beat, double beats, int pitch, SynthVoice voice, double velocity) => new(
            new Note(Math.Max(0, (introBeats + beat) * secondsPerBeat + (2 * random.NextDouble() - 1) * JitterSeconds),
                beats * secondsPerBeat, pitch),
            voice, velocity * (0.9 + 0.1 * random.NextDouble()));

        var melodyNotes = melody.Notes.Select(n => Play(n.Onset, n.Duration, n.Pitch, SynthVoice.Melody, 1.0)).ToList();
        foreach (var chord in chords)
        {
            notes.Add(Play(chord.Onset, chord.Duration * BassLegato, chord.Triad(LowestBassRoot)[0], SynthVoice.Bass, 1.0));
            for (var beat = chord.Onset; beat < chord.Onset + chord.Duration - 1e-9; beat++)
            {
                var beats = Math.Min(1, chord.Onset + chord.Duration - beat) * ChordLegato;
                var accent = beat % melody.BeatsPerBar == 0 ? 1.0 : OffBeatVelocity;
                notes.AddRange(chord.Triad(LowestTriadRoot).Select(p => Play(beat, beats, p, SynthVoice.Chord, accent)));
            }
        }

        notes.AddRange(melodyNotes);
        var theme = melodyNotes.Take(melody.ThemeNotes.Count).Select(v => v.Note).ToList();
        return new DemoArrangement(notes, theme.Min(n => n.OnsetSeconds), theme.Max(n => n.OnsetSeconds + n.DurationSeconds));
    }
}
