using Leitmotif.Core.Audio;
using Leitmotif.Core.Model;
using Leitmotif.Core.Spectral;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Features;

/// <summary>
/// The paper's enhanced chroma (kind <c>ctc:&lt;model id&gt;</c>): recordings as HCQT → chroma network → the first 12
/// softmax outputs, L2-normalised, at 25 Hz; themes as one-hot note chroma at 25 Hz.
/// </summary>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020 / TASLP 2021: HCQT input, CNN with CTC-trained 13-way output, chroma = first 12.</remarks>
public sealed class DeepChromaFeatures : IChromaFeatures, IDisposable
{
    /// <summary>Prefix of the kind names of network features.</summary>
    public const string KindPrefix = "ctc:";

    private readonly ChromaModel _model;
    private readonly HcqtOptions _hcqt = new();
    private readonly CqtChromaFeatures _cqtChroma = new();

    /// <summary>Features from the network with <paramref name="weights"/>; the network is released on dispose.</summary>
    /// <param name="weights">The model's parameters.</param>
    /// <param name="path">Engine and precision; <c>null</c> takes this machine's default (<see cref="InferencePath.ForThisMachine"/>).</param>
    public DeepChromaFeatures(ModelWeights weights, InferencePath? path = null)
    {
        _model = new ChromaModel(weights, path);
        Version = $"2-{weights.Fingerprint()}-{_model.Path.Name}";
    }

    /// <inheritdoc />
    public string Kind => KindPrefix + _model.ModelId;

    /// <inheritdoc />
    /// <remarks>Includes a fingerprint of the weights, so a retrained model under the same id never reuses old features, and
    /// the inference engine and precision (e.g. <c>torchsharp-fp32</c>), so features of different paths never mix.</remarks>
    public string Version { get; }

    /// <inheritdoc />
    public double FeatureRate => _hcqt.OutputFrameRate;

    /// <summary>Where the network runs, e.g. <c>CPU</c>.</summary>
    public string DeviceName => _model.DeviceName;

    /// <summary>The engine and precision the network runs with.</summary>
    public InferencePath Path => _model.Path;

    /// <inheritdoc />
    /// <remarks>Holds only the 25-Hz HCQT magnitudes of the recording; the network sees it chunk by chunk.</remarks>
    public FeatureMatrix Compute(MonoAudioStream audio)
    {
        var hcqt = Hcqt.Magnitudes(audio, _hcqt);
        var output = _model.Infer(hcqt.Frames, hcqt.ToFrames);
        return new FeatureMatrix(output.Chroma, ChromaNetwork.PitchClasses, FeatureRate);
    }

    /// <inheritdoc />
    public FeatureAnalysis Analyse(MonoAudioStream audio)
    {
        var hcqt = Hcqt.Magnitudes(audio, _hcqt);
        var frames = hcqt.ToFrames();
        var output = _model.Infer(frames);
        return new FeatureAnalysis(
            new FeatureMatrix(output.Chroma, ChromaNetwork.PitchClasses, FeatureRate), frames, _cqtChroma.Pool(hcqt), output.Probabilities);
    }

    /// <inheritdoc />
    public FeatureMatrix FromNotes(IReadOnlyList<Note> notes) => NoteChroma.FromNotes(notes, FeatureRate);

    /// <summary>Releases the network.</summary>
    public void Dispose() => _model.Dispose();
}
