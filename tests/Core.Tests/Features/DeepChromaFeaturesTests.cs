using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Model;
using Leitmotif.Core.Tests.Audio;
using Leitmotif.Core.Tests.Model;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Features;

public class DeepChromaFeaturesTests
{
    private const string ModelId = "v2_ctc_train345valid1";

    /// <summary>Runs shorter than this (0.2 s at 25 Hz) are onsets and noise, not held notes.</summary>
    private const int ShortRun = 5;

    private static string? Beethoven67 => SharedData.Folder is { } folder
        ? Path.Combine(folder, "ctc_chroma", "audio", "Beethoven_Op067-01_DavidHighSchool.wav")
        : null;

    [SkippableFact]
    public void ThePublishedModelReadsTheFifthSymphonysThemeAsGEFlatFD()
    {
        Skip.If(SharedData.ModelsFolder == null || !File.Exists(Beethoven67), SharedData.ModelsMissing);
        using var features = new DeepChromaFeatures(new ModelCatalog(SharedData.ModelsFolder!).Load(ModelId));
        using var audio = AudioReader.Open(Beethoven67!);

        var chroma = features.Compute(audio);

        var held = HeldPitchClasses(chroma);
        Assert.Equal([7, 3, 5, 2], held); // G, E♭, F, D
    }

    [SkippableFact]
    public void AnalysisHoldsTheNetworkInputOutputAndTheSameChromaAsCompute()
    {
        Skip.If(SharedData.ModelsFolder == null || !File.Exists(Beethoven67), SharedData.ModelsMissing);
        using var features = new DeepChromaFeatures(new ModelCatalog(SharedData.ModelsFolder!).Load(ModelId));
        FeatureMatrix computed;
        using (var audio = AudioReader.Open(Beethoven67!)) computed = features.Compute(audio);
        using var again = AudioReader.Open(Beethoven67!);

        var analysis = features.Analyse(again);

        Assert.Equal("ctc:" + ModelId, features.Kind);
        Assert.Equal(computed.Data, analysis.Chroma.Data);
        Assert.Equal(computed.Frames * 13, analysis.Probabilities!.Length);
        Assert.Equal(computed.Frames, analysis.Hcqt!.Frames);
        Assert.Equal(computed.Frames, analysis.CqtChroma!.Frames);
    }

    [Fact]
    public void TheVersionNamesTheWeightsTheEngineAndThePrecision()
    {
        var weights = TestWeights.Random(seed: 1);
        using var fp32 = new DeepChromaFeatures(weights, new InferencePath(InferencePrecision.Fp32));
        using var bf16 = new DeepChromaFeatures(weights, new InferencePath(InferencePrecision.Bf16));

        Assert.Equal($"2-{weights.Fingerprint()}-torchsharp-fp32", fp32.Version);
        Assert.Equal($"2-{weights.Fingerprint()}-torchsharp-bf16", bf16.Version);
    }

    [Fact]
    public void AnEnsembleOfAModelWithItselfHasThatModelsChroma()
    {
        var weights = TestWeights.Random(seed: 1);
        var fp32 = new InferencePath(InferencePrecision.Fp32);
        using var single = new DeepChromaFeatures(weights, fp32);
        using var twice = new DeepChromaFeatures([weights, weights], fp32);

        Assert.Equal(Chroma(single, ChordSamples()), Chroma(twice, ChordSamples()));
    }

    [Fact]
    public void AnEnsemblesKindAndVersionNameEveryMemberInOrder()
    {
        var first = TestWeights.Random(seed: 1) with { ModelId = "first" };
        var second = TestWeights.Random(seed: 2) with { ModelId = "second" };
        using var ensemble = new DeepChromaFeatures([first, second], new InferencePath(InferencePrecision.Fp32));

        Assert.Equal("ctc:first+second", ensemble.Kind);
        Assert.Equal($"2-{first.Fingerprint()}+{second.Fingerprint()}-torchsharp-fp32", ensemble.Version);
    }

    [SkippableFact]
    public void AnEnsemblesChromaIsThatOfItsMembersMeanProbabilities()
    {
        Skip.If(SharedData.ModelsFolder == null || !File.Exists(Beethoven67), SharedData.ModelsMissing);
        var catalog = new ModelCatalog(SharedData.ModelsFolder!);
        var fp32 = new InferencePath(InferencePrecision.Fp32);
        var members = new[] { catalog.Load(ModelId), catalog.Load("v2_ctc_train123valid4") };
        var probabilities = members.Select(weights =>
        {
            using var single = new DeepChromaFeatures(weights, fp32);
            using var audio = AudioReader.Open(Beethoven67!);
            return single.Analyse(audio).Probabilities!;
        }).ToList();
        var mean = probabilities[0].Zip(probabilities[1], (a, b) => (a + b) / 2).ToArray();
        using var ensemble = new DeepChromaFeatures(members, fp32);
        using var again = AudioReader.Open(Beethoven67!);

        var chroma = ensemble.Compute(again);

        Assert.NotEqual(probabilities[0], probabilities[1]);
        Assert.Equal(ChromaModel.NormalisedChroma(mean, chroma.Frames), chroma.Data);
    }

    /// <summary>Two seconds of A and C sounding together at 22,050 Hz.</summary>
    private static float[] ChordSamples()
    {
        const int rate = 22050;
        return [.. TestSignals.Sine(440.0, rate, 2 * rate).Zip(TestSignals.Sine(523.25, rate, 2 * rate), (a, c) => a + c)];
    }

    private static float[] Chroma(DeepChromaFeatures features, float[] samples)
    {
        using var audio = MonoAudioStream.FromSamples(samples, 22050);
        return features.Compute(audio).Data;
    }

    /// <summary>The frame-wise argmax classes, short runs dropped and equal neighbours merged.</summary>
    private static List<int> HeldPitchClasses(FeatureMatrix chroma)
    {
        var runs = new List<(int Class, int Length)>();
        for (int t = 0; t < chroma.Frames; t++)
        {
            var frame = chroma.Frame(t).ToArray();
            int argmax = Array.IndexOf(frame, frame.Max());
            if (runs.Count > 0 && runs[^1].Class == argmax) runs[^1] = (argmax, runs[^1].Length + 1);
            else runs.Add((argmax, 1));
        }
        var held = new List<int>();
        foreach (var (pitchClass, length) in runs.Where(r => r.Length >= ShortRun))
            if (held.Count == 0 || held[^1] != pitchClass) held.Add(pitchClass);
        return held;
    }
}
