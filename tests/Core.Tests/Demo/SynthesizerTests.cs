using System.Numerics;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Themes;
using MathNet.Numerics.IntegralTransforms;

namespace Leitmotif.Core.Tests.Demo;

public class SynthesizerTests
{
    private const int SampleRate = AudioSignal.DefaultSampleRate;

    public static TheoryData<string> Voices => new() { nameof(SynthVoice.Melody), nameof(SynthVoice.Chord), nameof(SynthVoice.Bass) };

    private static SynthVoice Voice(string name) => name switch
    {
        nameof(SynthVoice.Melody) => SynthVoice.Melody,
        nameof(SynthVoice.Chord) => SynthVoice.Chord,
        _ => SynthVoice.Bass,
    };

    [Theory]
    [MemberData(nameof(Voices))]
    public void A4HasItsStrongestSpectralPeakAt440Hz(string voice)
    {
        var y = Synthesizer.Render([new VoicedNote(new Note(0, 1.5, 69), Voice(voice), 1.0)]);

        // One second from the sustain part: bins are 1 Hz apart.
        var X = y.Skip(SampleRate / 4).Take(SampleRate).Select(s => new Complex(s, 0)).ToArray();
        Fourier.Forward(X, FourierOptions.Matlab);
        var peakBin = Enumerable.Range(1, X.Length / 2 - 1).MaxBy(k => X[k].Magnitude);

        Assert.Equal(440.0, peakBin * (double)SampleRate / X.Length, 1e-9);
    }

    [Fact]
    public void MixIsNormalisedToPeak()
    {
        var notes = new[] { 60, 64, 67, 72 }
            .Select((p, i) => new VoicedNote(new Note(0.1 * i, 1.0, p), SynthVoice.Melody, 1.0))
            .ToList();

        var y = Synthesizer.Render(notes);

        Assert.Equal(Synthesizer.Peak, y.Max(MathF.Abs), 1e-6);
    }

    [Fact]
    public void SignalLastsUntilTheLastReleaseEnds()
    {
        var voice = SynthVoice.Bass;
        var y = Synthesizer.Render([new VoicedNote(new Note(0.5, 1.0, 40), voice, 0.5)]);

        Assert.Equal((int)Math.Ceiling((1.5 + voice.Envelope.ReleaseSeconds) * SampleRate) + 1, y.Length);
        Assert.All(y.Take(SampleRate / 2), s => Assert.Equal(0f, s));
    }

    [Fact]
    public void RenderingIsDeterministic()
    {
        var notes = new[] { new VoicedNote(new Note(0, 0.7, 62), SynthVoice.Chord, 0.8) };

        Assert.Equal(Synthesizer.Render(notes), Synthesizer.Render(notes));
    }

    [Theory]
    [InlineData(69, 440.0)]
    [InlineData(57, 220.0)]
    [InlineData(60, 261.6255653)]
    public void FrequencyIsEqualTemperedFromA440(int pitch, double hz)
    {
        Assert.Equal(hz, Synthesizer.Frequency(pitch), 1e-6);
    }

    [Theory]
    [InlineData(-0.1, 1.0)]
    [InlineData(0.0, 0.0)]
    public void BadNotesAreRejected(double onset, double duration)
    {
        var notes = new[] { new VoicedNote(new Note(onset, duration, 60), SynthVoice.Melody, 1.0) };

        Assert.Throws<ArgumentException>(() => Synthesizer.Render(notes));
    }
}
