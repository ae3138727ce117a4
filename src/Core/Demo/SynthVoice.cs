namespace Leitmotif.Core.Demo;

/// <summary>A timbre of the additive <see cref="Synthesizer"/>: harmonic amplitudes, envelope and loudness.</summary>
/// <param name="Harmonics">Amplitudes of harmonics 1, 2, 3, … (the fundamental first), relative to each other.</param>
/// <param name="Envelope">Amplitude envelope of every note.</param>
/// <param name="Gain">Loudness relative to the other voices, before the mix is normalised.</param>
public sealed record SynthVoice(IReadOnlyList<double> Harmonics, Envelope Envelope, double Gain)
{
    /// <summary>The melody: the loudest voice, bright (harmonic h at about 1/h), short attack.</summary>
    public static SynthVoice Melody { get; } =
        new([1.0, 0.5, 0.33, 0.25, 0.2, 0.16], new Envelope(0.01, 0.12, 0.7, 0.08), 1.0);

    /// <summary>Chord tones: soft and mellow (weak upper harmonics), slower attack and decay.</summary>
    public static SynthVoice Chord { get; } =
        new([1.0, 0.3, 0.12, 0.06, 0.03, 0.015], new Envelope(0.02, 0.25, 0.45, 0.15), 0.22);

    /// <summary>Bass: chord roots, strong second harmonic so it is heard on small speakers.</summary>
    public static SynthVoice Bass { get; } =
        new([1.0, 0.7, 0.25, 0.12, 0.06, 0.03], new Envelope(0.01, 0.2, 0.6, 0.1), 0.45);
}
