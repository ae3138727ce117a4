using System.Diagnostics;
using Leitmotif.Core.Model;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Leitmotif.Core.Training;

/// <summary>
/// Trains the chroma network on a training set, validating after every epoch: Adam, learning rate halved on validation
/// plateaus, early stopping, best checkpoint kept, resumable after a kill from the last completed epoch.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller, ISMIR 2020, §3–4 and TASLP 2021, §IV–V; design.md, "Training". One run lives in a run folder:
/// <c>checkpoint.json</c> with <c>checkpoint-E.safetensors</c> and <c>checkpoint-E.optimizer</c> (<see cref="TrainingCheckpoint"/>,
/// only the latest kept), <c>best.safetensors</c> (<see cref="ModelFile"/> with the model id), and the logs
/// (<see cref="TrainingLog"/>). Epoch e (from 1) visits the examples <see cref="EpochSample"/> gives, each moved by its
/// <see cref="PitchShift"/>, in batches of <see cref="TrainingOptions.BatchSize"/>. In bf16 the forward and backward passes run
/// in bfloat16 on the fp32 weights, and the loss, the gradients and Adam stay fp32 (<see cref="ChromaNetwork"/> casts each
/// layer's weights to its input's format). Deterministic for a seed on the CPU with a fixed number of torch threads. Only the
/// network's trainable parameters are optimised (the pitch-class pooling stays fixed). Not thread-safe; one run at a time per
/// instance.
/// </remarks>
public sealed class ChromaTrainer
{
    /// <summary>File name of the best checkpoint in a run folder.</summary>
    public const string BestModelFile = "best" + ModelFile.Extension;

    private readonly TrainingOptions _options;
    private readonly RotationThreads? _threads;

    /// <summary>A trainer with <paramref name="options"/> (validated here).</summary>
    /// <param name="options">The run's parameters; null takes the defaults.</param>
    /// <param name="threads">When given, torch's threads are set to its share before every step; null leaves them alone.</param>
    public ChromaTrainer(TrainingOptions? options = null, RotationThreads? threads = null)
    {
        _options = options ?? new TrainingOptions();
        _options.Validate();
        _threads = threads;
    }

    /// <summary>Trains (or continues training) model <paramref name="modelId"/> until early stopping or
    /// <see cref="TrainingOptions.MaxEpochs"/>.</summary>
    /// <param name="modelId">Stamped on every saved model, e.g. <c>ctc_train123valid4</c>.</param>
    /// <param name="training">Training examples whose targets are of <see cref="TrainingOptions.Target"/>'s kind.</param>
    /// <param name="validation">Validation examples of the same kind, at least one.</param>
    /// <param name="runFolder">The run's folder (created if missing); a checkpoint there is resumed.</param>
    /// <param name="initial">Weights to fine-tune from; null starts from scratch (<see cref="HeInitialisation"/> seeded by Seed). Ignored when resuming.</param>
    /// <param name="cancellationToken">Checked between steps and validation batches; a cancelled run keeps its last completed
    /// epoch's checkpoint.</param>
    /// <exception cref="ArgumentException">No training or no validation examples, or a checkpoint of another model.</exception>
    public TrainingResult Train(string modelId, IReadOnlyList<TrainingExample> training, IReadOnlyList<TrainingExample> validation,
        string runFolder, ModelWeights? initial = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        if (training.Count == 0) throw new ArgumentException("no training examples", nameof(training));
        if (validation.Count == 0) throw new ArgumentException("no validation examples", nameof(validation));
        Directory.CreateDirectory(runFolder);
        var checkpoint = TrainingCheckpoint.Load(runFolder);
        if (checkpoint is not null && checkpoint.ModelId != modelId)
            throw new ArgumentException($"{runFolder} holds a run of '{checkpoint.ModelId}', not '{modelId}'", nameof(runFolder));

        using var network = CreateNetwork(checkpoint is null ? initial : ModelFile.Load(checkpoint.ModelPath(runFolder)));
        var trainable = network.parameters().Where(p => p.requires_grad).ToList();
        using var optimizer = optim.Adam(trainable, _options.LearningRate, _options.Beta1, _options.Beta2);
        checkpoint ??= new TrainingCheckpoint(modelId, 0, 0, PlateauSchedule.Start(_options.LearningRate));
        if (checkpoint.Epoch > 0) optimizer.load_state_dict(checkpoint.OptimizerPath(runFolder));

        var log = new TrainingLog(runFolder);
        log.KeepUpTo(checkpoint.Epoch, checkpoint.Step);
        string bestPath = Path.Combine(runFolder, BestModelFile);
        while (checkpoint.Epoch < _options.MaxEpochs && !checkpoint.Schedule.ShouldStop(_options.EarlyStoppingPatience))
        {
            int epoch = checkpoint.Epoch + 1;
            double learningRate = checkpoint.Schedule.LearningRate;
            foreach (var group in optimizer.ParamGroups) group.LearningRate = learningRate;

            network.train();
            var clock = Stopwatch.StartNew();
            long step = checkpoint.Step;
            double lossSum = 0;
            var batches = EpochSample.Indices(training.Count, _options.PairsPerEpoch, _options.Seed, epoch).Chunk(_options.BatchSize).ToList();
            foreach (var batch in batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                double loss = TrainStep(network, optimizer, [.. batch.Select(i => Augmented(training, i, epoch))]);
                lossSum += loss;
                log.Write(new StepLogEntry(epoch, ++step, loss, learningRate));
            }

            var trainingTime = clock.Elapsed;
            double validationLoss = Validate(network, validation, cancellationToken);
            var validationTime = clock.Elapsed - trainingTime;
            var schedule = checkpoint.Schedule.Observe(validationLoss, _options.PlateauPatience);
            var weights = network.ToWeights(modelId);
            if (schedule.Improved) ModelFile.Save(bestPath, weights);
            checkpoint = SaveCheckpoint(runFolder, checkpoint, new TrainingCheckpoint(modelId, epoch, step, schedule), weights, optimizer);
            log.Write(new EpochLogEntry(epoch, step, lossSum / batches.Count, validationLoss, learningRate, schedule.Improved,
                trainingTime.TotalSeconds, validationTime.TotalSeconds));
        }

        return new TrainingResult(network.ToWeights(modelId), bestPath, checkpoint.Schedule.BestLoss ?? double.NaN, checkpoint.Epoch,
            checkpoint.Step, checkpoint.Schedule.ShouldStop(_options.EarlyStoppingPatience), checkpoint.Schedule.LearningRate);
    }

    /// <summary>The batch loss of <paramref name="logits"/> (N, T, 13) for the options' target kind.</summary>
    private Tensor Loss(Tensor logits, TrainingBatch batch) => _options.Target switch
    {
        TargetKind.Ctc => CtcLossFunction.Compute(logits, batch.Targets, batch.InputLengths, batch.TargetLengths),
        TargetKind.Linear or TargetKind.Strong => FrameCrossEntropy.Compute(logits, batch.Targets, batch.InputLengths),
        _ => throw new InvalidOperationException($"unknown target kind {_options.Target}"),
    };

    private ChromaNetwork CreateNetwork(ModelWeights? weights)
    {
        if (weights is not null) return ChromaNetwork.FromWeights(weights);
        var network = new ChromaNetwork();
        HeInitialisation.Apply(network, _options.Seed);
        return network;
    }

    private TrainingExample Augmented(IReadOnlyList<TrainingExample> examples, int index, int epoch) =>
        PitchShift.Apply(examples[index], PitchShift.Draw(_options.MaxPitchShift, _options.Seed, epoch, index));

    /// <summary>fp32 logits of <paramref name="batch"/>, computed in the options' precision.</summary>
    private Tensor Logits(ChromaNetwork network, TrainingBatch batch)
    {
        using var nchw = TrainingPrecision.ChannelsLast(_options.Precision, CpuOffer.Current) ? null : batch.Input.contiguous();
        using var input = (nchw ?? batch.Input).to(_options.Precision == InferencePrecision.Bf16 ? ScalarType.BFloat16 : ScalarType.Float32);
        return network.Logits(input).to(ScalarType.Float32);
    }

    private double TrainStep(ChromaNetwork network, Adam optimizer, IReadOnlyList<TrainingExample> examples)
    {
        if (_threads is not null && get_num_threads() != _threads.ThreadsPerRotation) set_num_threads(_threads.ThreadsPerRotation);
        using var scope = NewDisposeScope();
        using var batch = TrainingBatch.Create(examples);
        optimizer.zero_grad();
        var loss = Loss(Logits(network, batch), batch);
        loss.backward();
        optimizer.step();
        return loss.item<float>();
    }

    private double Validate(ChromaNetwork network, IReadOnlyList<TrainingExample> validation, CancellationToken cancellationToken)
    {
        network.eval();
        using var noGrad = no_grad();
        double sum = 0;
        for (int first = 0; first < validation.Count; first += _options.BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            int count = Math.Min(_options.BatchSize, validation.Count - first);
            using var batch = TrainingBatch.Create([.. Enumerable.Range(first, count).Select(i => validation[i])]);
            sum += Loss(Logits(network, batch), batch).item<float>() * count;
        }
        return sum / validation.Count;
    }

    private static TrainingCheckpoint SaveCheckpoint(string runFolder, TrainingCheckpoint previous, TrainingCheckpoint next,
        ModelWeights weights, Adam optimizer)
    {
        ModelFile.Save(next.ModelPath(runFolder), weights);
        string optimizerPath = next.OptimizerPath(runFolder);
        Corpus.AtomicFile.Write(optimizerPath, temporary => optimizer.save_state_dict(temporary));
        next.Save(runFolder);
        if (previous.Epoch > 0)
        {
            File.Delete(previous.ModelPath(runFolder));
            File.Delete(previous.OptimizerPath(runFolder));
        }
        return next;
    }
}
