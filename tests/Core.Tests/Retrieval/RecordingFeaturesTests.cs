using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Tests.Audio;
using Leitmotif.Core.Tests.TestSupport;
using NAudio.Wave;

namespace Leitmotif.Core.Tests.Retrieval;

public sealed class RecordingFeaturesTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnalyseRefusesASilentFileAsComputeDoes()
    {
        var path = WriteWav("silent.wav", new float[AudioSignal.DefaultSampleRate]);

        var analysed = Assert.Throws<InputException>(() => RecordingFeatures.Analyse(path, new CensFeatures()));
        var computed = Assert.Throws<InputException>(() => RecordingFeatures.Compute(path, new CensFeatures()));

        Assert.Equal($"{path}: audio is silent", analysed.Message);
        Assert.Equal(computed.Message, analysed.Message);
    }

    [Fact]
    public void AnalyseGivesTheSameChromaAsCompute()
    {
        var path = WriteWav("tone.wav", TestSignals.Sine(440, AudioSignal.DefaultSampleRate, AudioSignal.DefaultSampleRate));

        var analysis = RecordingFeatures.Analyse(path, new CensFeatures());

        Assert.Equal(RecordingFeatures.Compute(path, new CensFeatures()).Data, analysis.Chroma.Data);
    }

    private string WriteWav(string name, float[] samples)
    {
        var path = _folder.File(name);
        using var writer = new WaveFileWriter(path, WaveFormat.CreateIeeeFloatWaveFormat(AudioSignal.DefaultSampleRate, 1));
        writer.WriteSamples(samples, 0, samples.Length);
        return path;
    }
}
