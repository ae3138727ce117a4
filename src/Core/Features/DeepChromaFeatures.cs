using Leitmotif.Core.Audio;
using Leitmotif.Core.Model;
using Leitmotif.Core.Spectral;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Features;

/// <summary>
/// The paper's enhanced chroma (kind <c>ctc:&lt;model id&gt;</c>): recordings as HCQT → chroma network → the first 12
/// softmax outputs, L2-normalised, at 25 Hz; themes as one-hot note chroma at 25 Hz. An ensemble
/// (<c>ctc:&lt;id&gt;+&lt;id&gt;…</c>) takes the mean of its networks' 13 probabilities per frame before that step, every network
/// fed the same HCQT, computed once.
/// </summary>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020 / TASLP 2021: HCQT input, CNN with CTC-trained 13-way output, chroma = first 12.</remarks>
public sealed class DeepChromaFeatures : IChromaFeatures, IDisposable
{
    /// <summary>Prefix of the kind names of network features.</summary>
    public const string KindPrefix = "ctc:";

    private readonly IReadOnlyList<ChromaModel> _models;
    private readonly HcqtOptions _hcqt = new();
    private readonly CqtChromaFeatures _cqtChroma = new();

    /// <summary>Features from the network with <paramref name="weights"/>; the network is released on dispose.</summary>
    /// <param name="weights">The model's parameters.</param>
    /// <param name="path">Engine and precision; <c>null</c> takes this machine's default (<see cref="InferencePath.ForThisMachine"/>).</param>
    public DeepChromaFeatures(ModelWeights weights, InferencePath? path = null)
        : this([weights], path)
    {
    }

    /// <summary>Features from the mean probabilities of the networks with <paramref name="members"/>, in the order given (the
    /// kind name and version list them so); the networks are released on dispose.</summary>
    /// <param name="members">The members' parameters, at least one.</param>
    /// <param name="path">Engine and precision of every member; <c>null</c> takes this machine's default.</param>
    public DeepChromaFeatures(IReadOnlyList<ModelWeights> members, InferencePath? path = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(members.Count);
        var chosen = path ?? InferencePath.ForThisMachine();
        _models = [.. members.Select(w => new ChromaModel(w, chosen))];
        Kind = KindPrefix + string.Join(FeatureKindName.MemberSeparator, _models.Select(m => m.ModelId));
        Version = $"2-{string.Join(FeatureKindName.MemberSeparator, members.Select(w => w.Fingerprint()))}-{chosen.Name}";
    }

    /// <inheritdoc />
    public string Kind { get; }

    /// <inheritdoc />
    /// <remarks>Includes a fingerprint of the weights of every member, so a retrained model under the same id never reuses old
    /// features, and the inference engine and precision (e.g. <c>torchsharp-fp32</c>), so features of different paths never mix.</remarks>
    public string Version { get; }

    /// <inheritdoc />
    public double FeatureRate => _hcqt.OutputFrameRate;

    /// <summary>Where the networks run, e.g. <c>CPU</c>.</summary>
    public string DeviceName => _models[0].DeviceName;

    /// <summary>The engine and precision the networks run with.</summary>
    public InferencePath Path => _models[0].Path;

    /// <inheritdoc />
    /// <remarks>Holds only the 25-Hz HCQT magnitudes of the recording; each network sees it chunk by chunk.</remarks>
    public FeatureMatrix Compute(MonoAudioStream audio)
    {
        var hcqt = Hcqt.Magnitudes(audio, _hcqt);
        var output = Mean(_models.Select(m => m.Infer(hcqt.Frames, hcqt.ToFrames)));
        return new FeatureMatrix(output.Chroma, ChromaNetwork.PitchClasses, FeatureRate);
    }

    /// <inheritdoc />
    public FeatureAnalysis Analyse(MonoAudioStream audio)
    {
        var hcqt = Hcqt.Magnitudes(audio, _hcqt);
        var frames = hcqt.ToFrames();
        var output = Mean(_models.Select(m => m.Infer(frames)));
        return new FeatureAnalysis(
            new FeatureMatrix(output.Chroma, ChromaNetwork.PitchClasses, FeatureRate), frames, _cqtChroma.Pool(hcqt), output.Probabilities);
    }

    /// <inheritdoc />
    public FeatureMatrix FromNotes(IReadOnlyList<Note> notes) => NoteChroma.FromNotes(notes, FeatureRate);

    /// <summary>Releases the networks.</summary>
    public void Dispose()
    {
        foreach (var model in _models) model.Dispose();
    }

    /// <summary>The members' outputs as one: a single member's unchanged, else the mean probabilities and their chroma.</summary>
    private ModelOutput Mean(IEnumerable<ModelOutput> outputs)
    {
        if (_models.Count == 1) return outputs.Single();
        float[]? sum = null;
        int frames = 0;
        foreach (var output in outputs)
        {
            frames = output.Frames;
            if (sum == null) sum = (float[])output.Probabilities.Clone();
            else for (int i = 0; i < sum.Length; i++) sum[i] += output.Probabilities[i];
        }

        for (int i = 0; i < sum!.Length; i++) sum[i] /= _models.Count;
        return new ModelOutput(sum, ChromaModel.NormalisedChroma(sum, frames), frames);
    }
}
