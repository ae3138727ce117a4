using System.Text.Json;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Model;

namespace Leitmotif.Core.Training;

/// <summary>
/// One cross-validation rotation trained end to end: its training and validation parts loaded from a pairs file, the network
/// trained (resuming the run folder's checkpoint), and the best model published into a models folder as
/// <c>&lt;model id&gt;.safetensors</c>, where <see cref="ModelCatalog"/> and the feature-kind registry find it.
/// </summary>
/// <param name="ModelId">The model id, e.g. <c>own_ctc_train123valid4</c> (<see cref="FoldRotation.ModelId"/>).</param>
/// <param name="PairsPath">The corpus's <c>pairs.jsonl</c>.</param>
/// <param name="TrainParts">Folds to train on.</param>
/// <param name="ValidPart">Fold to validate on (early stopping).</param>
/// <param name="RunFolder">The run's folder (<see cref="ChromaTrainer"/>), e.g. <c>&lt;data&gt;/training/&lt;model id&gt;</c>.</param>
/// <param name="HcqtCacheFolder">Where the recordings' HCQTs are cached (<see cref="HcqtCache"/>), shared by the rotations.</param>
/// <param name="ModelsFolder">Where the finished model is published, and where <paramref name="InitModelId"/> is looked up.</param>
/// <param name="InitModelId">A model to fine-tune from (published or own), or null to start from scratch.</param>
/// <param name="MaxPairsPerFold">At most this many pairs of each fold, a seeded sample (<see cref="TrainingSet.Load"/>); 0 = all.</param>
/// <param name="ValidationPairs">At most this many validation pairs, a seeded sample fixed for the run; 0 = all of the fold.</param>
/// <param name="OtherTimbres">Also train on the corpus's renderings with other instruments (<see cref="Training.OtherTimbres"/>);
/// validation always uses the performances' own timbre only, so runs with and without compare.</param>
public sealed record FoldRun(string ModelId, string PairsPath, IReadOnlyList<int> TrainParts, int ValidPart, string RunFolder,
    string HcqtCacheFolder, string ModelsFolder, string? InitModelId = null, int MaxPairsPerFold = 0, int ValidationPairs = 0,
    bool OtherTimbres = false)
{
    /// <summary>File name of the run's pair counts (<see cref="TrainingPairCounts"/>), written before training starts.</summary>
    public const string PairsFile = "pairs.json";

    /// <summary>Trains with <paramref name="options"/>, then copies the best checkpoint to <see cref="PublishedPath"/>.</summary>
    /// <param name="options">The training parameters.</param>
    /// <param name="threads">The process's share of cores this rotation holds a place in, or null to leave torch's threads alone.</param>
    /// <param name="cancellationToken">Checked between steps.</param>
    /// <exception cref="InputException">The pairs file or an audio file is missing or malformed, the init model cannot be loaded,
    /// or other timbres were asked for from a corpus without them.</exception>
    /// <exception cref="ArgumentException">No training or validation pairs in the parts.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the last completed epoch's checkpoint stays for a resume.</exception>
    public TrainingResult Run(TrainingOptions options, RotationThreads? threads = null, CancellationToken cancellationToken = default)
    {
        var cache = new HcqtCache(HcqtCacheFolder);
        var others = Training.OtherTimbres.In(Path.GetDirectoryName(Path.GetFullPath(PairsPath))!);
        if (OtherTimbres && others.Count == 0)
            throw new InputException(PairsPath, "no renderings with other instruments to train on; build the corpus with --programs");
        var training = TrainingSet.Load(PairsPath, TrainParts, options.Target, cache, MaxPairsPerFold, options.Seed,
            p => OtherTimbres || !others.Contains(p.Audio));
        int validationPairs = ValidationPairs == 0 ? MaxPairsPerFold : MaxPairsPerFold == 0 ? ValidationPairs : Math.Min(ValidationPairs, MaxPairsPerFold);
        var validation = TrainingSet.Load(PairsPath, [ValidPart], options.Target, cache, validationPairs, options.Seed, p => !others.Contains(p.Audio));
        if (training.Count == 0) throw new ArgumentException($"{PairsPath} has no usable pairs in folds {string.Join(", ", TrainParts)}");
        if (validation.Count == 0) throw new ArgumentException($"{PairsPath} has no usable pairs in fold {ValidPart}");
        Directory.CreateDirectory(RunFolder);
        AtomicFile.WriteText(Path.Combine(RunFolder, PairsFile), JsonSerializer.Serialize(
            new TrainingPairCounts(training.Count, validation.Count, training.LeftOut + validation.LeftOut), JsonFiles.SerializerOptions));
        var initial = InitModelId is null ? null : new ModelCatalog(ModelsFolder).Load(InitModelId);
        var result = new ChromaTrainer(options, threads).Train(ModelId, training, validation, RunFolder, initial, cancellationToken);
        Directory.CreateDirectory(ModelsFolder);
        AtomicFile.Write(PublishedPath, temporary => File.Copy(result.BestModelPath, temporary, overwrite: true));
        return result;
    }

    /// <summary>The published model file: <c>&lt;models folder&gt;/&lt;model id&gt;.safetensors</c>.</summary>
    public string PublishedPath => new ModelCatalog(ModelsFolder).OwnModelPath(ModelId);

    /// <summary>The last line of the run's epoch log, or null before the first epoch ends (or for a torn last line).</summary>
    public static EpochLogEntry? LastEpoch(string runFolder)
    {
        string path = Path.Combine(runFolder, TrainingLog.EpochsFile);
        if (!File.Exists(path)) return null;
        string? last = File.ReadLines(path).LastOrDefault(line => !string.IsNullOrWhiteSpace(line));
        if (last is null) return null;
        try { return JsonSerializer.Deserialize<EpochLogEntry>(last, JsonFiles.SerializerOptions); }
        catch (JsonException) { return null; }
    }
}
