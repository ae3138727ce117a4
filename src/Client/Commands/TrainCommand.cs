using System.CommandLine;
using System.Text.RegularExpressions;
using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core;
using Leitmotif.Core.Model;
using Leitmotif.Core.Training;

namespace Leitmotif.Client.Commands;

/// <summary>
/// <c>leitmotif train --pairs &lt;corpus&gt;/pairs.jsonl --loss ctc|linear|strong</c>: starts a cross-validation training job on the
/// cluster and follows it (Ctrl+C detaches; the job goes on); <c>leitmotif train status</c> shows each rotation.
/// </summary>
public static partial class TrainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var pairs = new Option<string?>("--pairs") { Description = "The corpus's pairs.jsonl (leitmotif corpus build)" };
        var loss = new Option<string?>("--loss") { Description = "ctc (the paper's method), linear or strong" };
        var folds = new Option<int>("--folds") { Description = "How many of the 5 rotations to train (train123valid4, train234valid5, …)", DefaultValueFactory = _ => 5 };
        var maxEpochs = new Option<int>("--max-epochs") { Description = "Epochs at most per rotation (early stopping may end sooner)", DefaultValueFactory = _ => new TrainingOptions().MaxEpochs };
        var init = new Option<string?>("--init") { Description = "Fine-tune from this model (published or own, in --models-dir) instead of starting from scratch" };
        var maxPairs = new Option<int>("--max-pairs") { Description = "At most this many pairs of each fold, a seeded sample (0 = all); for quick runs" };
        var pairsPerEpoch = new Option<int>("--pairs-per-epoch") { Description = "Training pairs per epoch, a fresh seeded sample each epoch that reaches every pair over the epochs (0 = all every epoch)", DefaultValueFactory = _ => DefaultPairsPerEpoch };
        var validationPairs = new Option<int>("--validation-pairs") { Description = "Validation pairs, a seeded sample of the validation fold kept for the whole run (0 = all)", DefaultValueFactory = _ => DefaultValidationPairs };
        var pitchShift = new Option<int>("--pitch-shift") { Description = "Augmentation: move each example by a random whole number of semitones up to ± this (0 = off)", DefaultValueFactory = _ => DefaultPitchShift };
        var otherTimbres = new Option<bool>("--other-timbres") { Description = "Augmentation: also train on the corpus's renderings with other instruments (corpus build --programs); validation stays on the performances' own", DefaultValueFactory = _ => DefaultOtherTimbres };
        var precision = new PrecisionOption("Precision of training: fp32, or bf16 mixed precision (fp32 weights, optimiser and loss) (default: bf16 where the CPU has AMX-BF16, else fp32; bf16 is refused elsewhere)");
        var name = NameOption();
        var command = new Command("train", "Train chroma models on weakly aligned pairs, one per cross-validation rotation; they become ctc:<name>_<loss>_train123valid4 …")
        {
            pairs, loss, folds, maxEpochs, init, maxPairs, pairsPerEpoch, validationPairs, pitchShift, otherTimbres, precision.Option, name,
        };
        command.Add(StatusCommand(global));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = ValidateSettings(parse.GetValue(pairsPerEpoch), parse.GetValue(validationPairs), parse.GetValue(pitchShift),
                parse.GetValue(otherTimbres), precision.Read(parse));
            var request = Validate(parse.GetValue(pairs), parse.GetValue(loss), parse.GetValue(folds), parse.GetValue(maxEpochs), parse.GetValue(name)!,
                Path.GetFullPath(parse.GetValue(global.Data)!), Path.GetFullPath(global.ModelsDirectory(parse)), parse.GetValue(init),
                parse.GetValue(maxPairs), settings);
            await using var session = await global.ConnectAsync(parse, cancellationToken);
            var offer = await session.Client.GetGrain<IFeatureKindGrain>(0).GetAsync();
            if (settings.Precision is { } asked && !offer.TrainingPrecisions.Contains(asked)) throw TrainingPrecision.NotOffered(offer.Cpu);
            var trainer = session.Client.GetGrain<ITrainerGrain>(request.JobName);
            var recorded = await trainer.StartAsync(request);
            if (recorded != request)
                throw new InputException($"--name {request.Name}", $"a {request.Loss} job of this name already exists with other options " +
                    $"(pairs {recorded.PairsPath}, {recorded.Rotations} fold(s), at most {recorded.MaxEpochs} epoch(s)); choose another --name (only a higher --max-epochs extends a job)");
            Console.Error.WriteLine($"training job {request.JobName}: {request.Rotations} rotation(s), at most {request.MaxEpochs} epoch(s) each");
            try
            {
                var status = await TrainRunner.FollowAsync(trainer, cancellationToken);
                foreach (var fold in status.Folds) Console.WriteLine(TrainRunner.Describe(fold));
                return status.Folds.Any(f => f.State == FoldState.Failed) ? 1 : 0;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Console.Error.WriteLine(parse.GetValue(global.Cluster) == "embedded"
                    ? $"detached; the job stopped with this command's embedded silo and resumes from its last completed epoch when the next command runs on {request.DataFolder}"
                    : $"detached; the job goes on (leitmotif --cluster {parse.GetValue(global.Cluster)} train status --name {request.Name})");
                return 0;
            }
        });
        return command;
    }

    private static Command StatusCommand(GlobalOptions global)
    {
        var name = NameOption();
        var command = new Command("status", "Each rotation's epoch, losses, learning rate and state, for the jobs of a name (every loss)") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await global.ConnectAsync(parse, cancellationToken);
            var statuses = await Task.WhenAll(TargetKindNames.All.Select(loss =>
                session.Client.GetGrain<ITrainerGrain>($"{parse.GetValue(name)}_{loss}").GetStatusAsync()));
            var jobs = statuses.Where(s => s.Exists).ToList();
            if (jobs.Count == 0) Console.WriteLine($"no training jobs named {parse.GetValue(name)}");
            foreach (var job in jobs)
            {
                Console.WriteLine($"job {job.JobName} ({(job.Finished ? "finished" : "running")})");
                foreach (var fold in job.Folds) Console.WriteLine("  " + TrainRunner.Describe(fold));
            }
            return 0;
        });
        return command;
    }

    private const int DefaultPairsPerEpoch = 2000, DefaultValidationPairs = 500, DefaultPitchShift = 0;
    private const bool DefaultOtherTimbres = false;

    private static Option<string> NameOption() => new("--name")
    {
        Description = "Prefix of the model ids (letters, digits, '-')", DefaultValueFactory = _ => "own",
    };

    /// <summary>The job the options describe, or an <see cref="InputException"/> naming the first bad option.</summary>
    private static TrainingJobRequest Validate(string? pairs, string? loss, int rotations, int maxEpochs, string name, string data, string models,
        string? init, int maxPairs, TrainingSettings settings)
    {
        if (string.IsNullOrEmpty(pairs)) throw new InputException("--pairs", "required: the corpus's pairs.jsonl");
        string pairsPath = Path.GetFullPath(pairs);
        if (string.IsNullOrEmpty(loss)) throw new InputException("--loss", "required: ctc, linear or strong");
        if (TargetKindNames.TryParse(loss) is not { } kind) throw new InputException($"--loss {loss}", "unknown loss; use ctc, linear or strong");
        if (rotations is < 1 or > FoldRotation.DefaultParts) throw new InputException($"--folds {rotations}", "must be 1–5");
        if (maxEpochs < 1) throw new InputException($"--max-epochs {maxEpochs}", "must be at least 1");
        if (!NamePattern().IsMatch(name)) throw new InputException($"--name {name}", "use letters, digits and '-' only");
        if (maxPairs < 0) throw new InputException($"--max-pairs {maxPairs}", "must be 0 (all) or more");
        if (init is not null && new ModelCatalog(models).ListModelIds() is var available && !available.Contains(init))
            throw new InputException($"--init {init}", $"no such model in {models}; available: {(available.Count == 0 ? "none" : string.Join(", ", available))}");
        var perFold = TrainingPairsFile.Read(pairsPath).Where(p => p.Notes.Count > 0).CountBy(p => p.Fold).ToDictionary();
        foreach (var rotation in FoldRotation.All().Take(rotations))
            foreach (int part in rotation.TrainParts.Append(rotation.ValidPart))
                if (!perFold.ContainsKey(part)) throw new InputException(pairsPath, $"no pairs in fold {part}, needed by {rotation.Name}");
        if (settings.OtherTimbres && OtherTimbres.In(Path.GetDirectoryName(pairsPath)!).Count == 0)
            throw new InputException($"--other-timbres", $"{pairsPath} has no renderings with other instruments; build the corpus with --programs");
        return new TrainingJobRequest(pairsPath, TargetKindNames.Format(kind), rotations, maxEpochs, name, data, models, init, maxPairs, settings);
    }

    private static TrainingSettings ValidateSettings(int pairsPerEpoch, int validationPairs, int pitchShift, bool otherTimbres, string? precision)
    {
        if (pairsPerEpoch < 0) throw new InputException($"--pairs-per-epoch {pairsPerEpoch}", "must be 0 (all) or more");
        if (validationPairs < 0) throw new InputException($"--validation-pairs {validationPairs}", "must be 0 (all) or more");
        if (pitchShift is < 0 or > 6) throw new InputException($"--pitch-shift {pitchShift}", "must be 0–6 semitones");
        return new TrainingSettings(pairsPerEpoch, validationPairs, pitchShift, otherTimbres, precision);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial Regex NamePattern();
}
