using Leitmotif.Core.Audio;

namespace Leitmotif.Core.Demo;

/// <summary>
/// A small additive synthesiser for the demo recordings: every note is a sum of harmonic sine waves
/// (amplitudes from its <see cref="SynthVoice"/>) under an ADSR <see cref="Envelope"/>; the mix is normalised
/// to a peak of <see cref="Peak"/>. Fully deterministic.
/// </summary>
public static class Synthesizer
{
    /// <summary>Absolute peak amplitude of every rendered signal (unless it is silent).</summary>
    public const float Peak = 0.9f;

    /// <summary>Renders notes into one mono signal.</summary>
    /// <param name="notes">Notes with onsets in seconds from the start; they may overlap.</param>
    /// <param name="sampleRate">Samples per second (Hz).</param>
    /// <returns>Mono samples, long enough for the last release to end, peak-normalised to <see cref="Peak"/>.</returns>
    public static float[] Render(IReadOnlyList<VoicedNote> notes, int sampleRate = AudioSignal.DefaultSampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        var bad = notes.FirstOrDefault(n => n.Note.OnsetSeconds < 0 || n.Note.DurationSeconds <= 0);
        if (bad != null) throw new ArgumentException($"note {bad.Note} needs onset >= 0 and duration > 0", nameof(notes));

        var seconds = notes.Count == 0 ? 0 : notes.Max(n => n.Note.OnsetSeconds + n.Note.DurationSeconds + n.Voice.Envelope.ReleaseSeconds);
        var y = new float[(int)Math.Ceiling(seconds * sampleRate) + 1];
        foreach (var note in notes) AddNote(y, note, sampleRate);

        var max = y.Length == 0 ? 0 : y.Max(MathF.Abs);
        if (max > 0) for (var n = 0; n < y.Length; n++) y[n] *= Peak / max;
        return y;
    }

    /// <summary>Frequency of a MIDI pitch in equal temperament, A4 (69) = 440 Hz.</summary>
    /// <returns>Frequency in Hz.</returns>
    public static double Frequency(int pitch) => 440.0 * Math.Pow(2, (pitch - 69) / 12.0);

    private static void AddNote(Span<float> y, VoicedNote voiced, int sampleRate)
    {
        var (note, voice) = (voiced.Note, voiced.Voice);
        var start = (int)Math.Round(note.OnsetSeconds * sampleRate);
        var length = Math.Min(y.Length - start, (int)Math.Ceiling((note.DurationSeconds + voice.Envelope.ReleaseSeconds) * sampleRate));
        var gain = new double[length];
        for (var n = 0; n < length; n++)
            gain[n] = voiced.Velocity * voice.Gain * voice.Envelope.Level((double)n / sampleRate, note.DurationSeconds);

        var f0 = Frequency(note.Pitch);
        for (var h = 1; h <= voice.Harmonics.Count && h * f0 < sampleRate / 2.0; h++)
            AddSine(y.Slice(start, length), gain, voice.Harmonics[h - 1], 2 * Math.PI * h * f0 / sampleRate);
    }

    /// <summary>Adds a · gain[n] · sin(ωn) using the recurrence sin(ωn) = 2cos(ω)·sin(ω(n−1)) − sin(ω(n−2)).</summary>
    private static void AddSine(Span<float> y, double[] gain, double a, double omega)
    {
        var c = 2 * Math.Cos(omega);
        var (s1, s2) = (-Math.Sin(omega), -Math.Sin(2 * omega));
        for (var n = 0; n < y.Length; n++)
        {
            var s = c * s1 - s2;
            y[n] += (float)(a * gain[n] * s);
            (s2, s1) = (s1, s);
        }
    }
}
