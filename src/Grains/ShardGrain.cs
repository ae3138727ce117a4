using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Model;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Shards;
using Leitmotif.Core.Storage;
using Microsoft.Extensions.Options;
using Orleans.Placement;

namespace Leitmotif.Grains;

/// <summary>
/// A bounded group of recordings: claims and indexes them (<see cref="ShardIndexing"/>), keeps their metadata in its
/// state and their features in immutable segments, and matches theme chunks against all of them on every core of its
/// silo (<see cref="ShardMatcher"/>). Placed at random, so shards spread over the silos.
/// </summary>
[RandomPlacement]
public sealed class ShardGrain(
    [PersistentState("shard", StorageNames.Leitmotif)] IPersistentState<ShardState> state,
    IObjectStore store,
    FeatureKindRegistry featureKinds,
    MemoryBudgetCache<string, ShardFeatures> cache,
    RecordingLocations locations,
    IOptions<ShardOptions> options) : Grain, IShardGrain
{
    private readonly BackgroundWork<ShardIndexResult> _indexing = new();
    private readonly BackgroundWork<ShardMatchResult> _matching = new();
    private readonly Dictionary<string, IReadOnlyList<string>> _unclaimed = new(StringComparer.Ordinal);
    private readonly RecentScores _scores = new();
    private int _reserved;

    private string Key => this.GetPrimaryKeyString();

    public async Task<IReadOnlyList<string>> StartIndexAsync(string workId, IReadOnlyList<string> paths, string featureKind, string? precision = null)
    {
        if (_indexing.IsKnown(workId)) return _unclaimed[workId];
        var claimed = new List<string>();
        var unclaimed = new List<string>();
        int newOnes = 0;
        foreach (var path in paths)
        {
            if (state.State.Recordings.ContainsKey(RecordingIds.FromPath(path))) claimed.Add(path);
            else if (!state.State.Sealed && state.State.Recordings.Count + _reserved + newOnes < options.Value.Capacity)
            {
                claimed.Add(path);
                newOnes++;
            }
            else unclaimed.Add(path);
        }
        if (unclaimed.Count > 0 && !state.State.Sealed)
        {
            state.State.Sealed = true;
            await state.SaveAsync();
        }
        _reserved += newOnes;
        _unclaimed[workId] = unclaimed;
        _indexing.Start(workId, () => IndexAsync(claimed, featureKind, precision, newOnes));
        return unclaimed;
    }

    public async Task<ShardIndexResult> WaitIndexAsync(string workId, CancellationToken cancellationToken = default)
    {
        var (workState, result) = await _indexing.WaitAsync(workId, cancellationToken);
        if (workState == ShardWorkState.Finished) _unclaimed.Remove(workId);
        return result ?? new ShardIndexResult(workState, 0, 0, []);
    }

    public Task StartMatchAsync(string workId, ShardMatchRequest request)
    {
        _matching.Start(workId, () => request.Populations is null ? ScoreAsync(workId, request) : RankAsync(request));
        return Task.CompletedTask;
    }

    public async Task<ShardMatchResult> WaitMatchAsync(string workId, CancellationToken cancellationToken = default)
    {
        var (workState, result) = await _matching.WaitAsync(workId, cancellationToken);
        return result ?? new ShardMatchResult(workState, [], 0, []);
    }

    public Task<IReadOnlyList<RecordingSummary>> ListAsync(int offset, int limit) =>
        Task.FromResult<IReadOnlyList<RecordingSummary>>(state.State.Recordings
            .OrderBy(r => r.Value.Path, StringComparer.Ordinal)
            .Skip(offset)
            .Take(limit)
            .Select(r => new RecordingSummary(r.Key, r.Value.Path, r.Value.DurationSeconds, r.Value.Kinds.Keys.Order().ToList()))
            .ToList());

    public async Task<StoredFeatures?> GetFeaturesAsync(string recordingId, string featureKind)
    {
        if (!state.State.Recordings.TryGetValue(recordingId, out var recording) || recording.SourceKey(featureKind) == null) return null;
        var features = (await LoadAsync(featureKind)).Recordings.FirstOrDefault(r => r.RecordingId == recordingId).Features;
        return features == null ? null
            : new StoredFeatures(recordingId, recording.Path, recording.DurationSeconds, features.Data, features.Dimensions, features.FeatureRate);
    }

    private async Task<ShardIndexResult> IndexAsync(IReadOnlyList<string> paths, string featureKind, string? precision, int reserved)
    {
        try
        {
            DelayDeactivation(TimeSpan.FromMinutes(10));
            var extractor = featureKinds.Resolve(featureKind, InferencePath.ParsePrecision(precision));
            var stored = paths.Select(RecordingIds.FromPath).Distinct()
                .Where(id => state.State.Recordings.TryGetValue(id, out var r) && r.Kinds.TryGetValue(featureKind, out var v) && v == extractor.Version)
                .ToDictionary(id => id, id => state.State.Recordings[id].Fingerprint);
            var plan = await Task.Run(() => ShardIndexing.Compute(paths, locations, RecordingIds.FromPath, extractor,
                (id, fingerprint) => stored.GetValueOrDefault(id) == fingerprint, Environment.ProcessorCount));
            if (plan.Computed.Count > 0) await CommitAsync(featureKind, extractor.Version, plan.Computed);
            // Also when nothing changed: a shard whose last report was lost in a crash corrects the directory this way.
            await ClusterRetry.RunAsync(() => GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default).UpdateShardAsync(Info()));
            return new ShardIndexResult(ShardWorkState.Finished, plan.Computed.Count, plan.Reused,
                plan.Failures.Select(f => new IndexFailure(f.Path, f.Reason)).ToList());
        }
        finally
        {
            _reserved -= reserved;
        }
    }

    private async Task CommitAsync(string featureKind, string version, IReadOnlyList<ComputedRecording> computed)
    {
        int number = state.State.NextSegment++; // taken before the first await: another work's commit may interleave there
        var segment = ShardSegment.Create(featureKind,
            computed.Select(c => (c.RecordingId, ShardRecording.SourceKeyOf(c.Fingerprint, version), c.Features)).ToList());
        await ClusterRetry.RunAsync(() => store.WriteAsync(SegmentName(featureKind, number), ShardSegmentFormat.Write(segment)));
        foreach (var c in computed)
        {
            if (!state.State.Recordings.TryGetValue(c.RecordingId, out var recording) || recording.Fingerprint != c.Fingerprint)
                state.State.Recordings[c.RecordingId] = recording = new ShardRecording { Fingerprint = c.Fingerprint };
            recording.Path = c.Path;
            recording.DurationSeconds = c.AudioSeconds;
            recording.Kinds[featureKind] = version;
        }
        if (!state.State.Segments.TryGetValue(featureKind, out var numbers)) state.State.Segments[featureKind] = numbers = [];
        numbers.Add(number);
        await state.SaveAsync();
        foreach (var kind in state.State.Segments.Keys) cache.Remove(CacheKey(kind));
        if (numbers.Count <= options.Value.MaxSegmentsPerKind) return;
        try
        {
            await CompactAsync(featureKind);
        }
        catch (Exception e) when (ClusterRetry.IsTransient(e))
        {
            // The work item's features are stored; compaction is tried again after the next commit to this kind.
        }
    }

    /// <summary>
    /// Replaces a kind's segments by one holding its current features only. The new segment is written and recorded before
    /// the old ones are deleted, so a crash in between leaves unreferenced objects, never missing features; segments that a
    /// commit interleaving here adds stay, after the compacted one.
    /// </summary>
    private async Task CompactAsync(string featureKind)
    {
        var compacted = state.State.Segments[featureKind].ToList();
        var segments = await ReadSegmentsAsync(featureKind, compacted);
        var segment = ShardCompaction.Compact(featureKind, segments, id => state.State.Recordings.GetValueOrDefault(id)?.SourceKey(featureKind));
        if (segment == null) return;
        int number = state.State.NextSegment++;
        await ClusterRetry.RunAsync(() => store.WriteAsync(SegmentName(featureKind, number), ShardSegmentFormat.Write(segment)));
        state.State.Segments[featureKind] = [number, .. state.State.Segments[featureKind].Except(compacted)];
        await state.SaveAsync();
        cache.Remove(CacheKey(featureKind));
        foreach (int old in compacted) await ClusterRetry.RunAsync(() => store.DeleteAsync(SegmentName(featureKind, old)));
    }

    /// <summary>The first phase: scores the chunk against every recording and keeps the scores for the ranking phase.</summary>
    private async Task<ShardMatchResult> ScoreAsync(string workId, ShardMatchRequest request)
    {
        var scores = await ComputeScoresAsync(request);
        _scores.Add(workId, scores);
        return new ShardMatchResult(ShardWorkState.Finished, [], scores.Recordings.Count,
            scores.Spreads.Select(s => new CostSpread(s.Count, s.Sum, s.SumOfSquares)).ToList());
    }

    /// <summary>The second phase: ranks from the scores of the first, or from new ones where they are gone (a restart, or
    /// more batches in flight than are kept).</summary>
    private async Task<ShardMatchResult> RankAsync(ShardMatchRequest request)
    {
        var scores = _scores.Take(request.ScoringWorkId!) ?? await ComputeScoresAsync(request);
        var versions = new ThemeVersions(Themes(request), request.Transpose);
        var populations = request.Populations!.Select(p => new ScoreSpread(p.Count, p.Sum, p.SumOfSquares)).ToList();
        var ranked = ShardMatcher.Rank(scores, versions, populations, request.Top);
        return new ShardMatchResult(ShardWorkState.Finished,
            ranked.Select(theme => (IReadOnlyList<RecordingMatch>)theme.Select(ToMessage).ToList()).ToList(), scores.Recordings.Count, []);
    }

    private async Task<ShardScores> ComputeScoresAsync(ShardMatchRequest request)
    {
        DelayDeactivation(TimeSpan.FromMinutes(10));
        var features = Filter(await LoadAsync(request.FeatureKind), request);
        return await Task.Run(() => ShardMatcher.Score(features.Recordings, Themes(request), request.Transpose, request.Matches, Environment.ProcessorCount));
    }

    private static List<ThemeQuery> Themes(ShardMatchRequest request) => request.Queries.Select(q => new ThemeQuery(q.ThemeIndex,
        q.Versions.Select((data, i) => (q.TempoFactors[i], new FeatureMatrix(data, 12, q.FeatureRate))).ToList())).ToList();

    /// <summary>The recordings whose features were computed on the inference path of the request's precision; all of them
    /// when it names none.</summary>
    private ShardFeatures Filter(ShardFeatures features, ShardMatchRequest request)
    {
        if (request.Precision is null) return features;
        string version = featureKinds.Resolve(request.FeatureKind, InferencePath.ParsePrecision(request.Precision)).Version;
        return new ShardFeatures(features.Recordings
            .Where(r => state.State.Recordings.GetValueOrDefault(r.RecordingId)?.Kinds.GetValueOrDefault(request.FeatureKind) == version)
            .ToList());
    }

    /// <summary>The message for a ranking entry; spans end by the recording's decoded end, which the last feature frame may
    /// pass by up to a frame.</summary>
    private RecordingMatch ToMessage(RankedMatch m)
    {
        var recording = state.State.Recordings[m.RecordingId];
        var spans = m.Match.Matches.Select(s => new SpanMatch(s.Cost, s.StartSeconds, Math.Min(s.EndSeconds, recording.DurationSeconds))).ToList();
        return new RecordingMatch(m.ThemeIndex, Path.GetFileName(recording.Path), spans[0].Cost, spans[0].Start, spans[0].End, m.RecordingId,
            m.Match.Transposition, m.Match.TempoFactor, spans, m.Match.Confidence);
    }

    /// <summary>The shard's current features of <paramref name="featureKind"/>, from the silo's cache or read from its segments.</summary>
    private Task<ShardFeatures> LoadAsync(string featureKind) => cache.GetOrLoadAsync(CacheKey(featureKind), async () =>
    {
        var segments = await ReadSegmentsAsync(featureKind, state.State.Segments.GetValueOrDefault(featureKind) ?? []);
        var features = ShardFeatures.Assemble(segments, id => state.State.Recordings.GetValueOrDefault(id)?.SourceKey(featureKind));
        return (features, features.Bytes);
    });

    private async Task<List<ShardSegment>> ReadSegmentsAsync(string featureKind, IReadOnlyList<int> numbers)
    {
        var segments = new List<ShardSegment>(numbers.Count);
        foreach (int number in numbers.ToList())
        {
            var name = SegmentName(featureKind, number);
            var bytes = await ClusterRetry.RunAsync(() => store.ReadAsync(name))
                        ?? throw new InvalidDataException($"shard segment {name} is missing from storage");
            segments.Add(ShardSegmentFormat.Read(bytes, name));
        }
        return segments;
    }

    private ShardInfo Info()
    {
        var recordings = state.State.Recordings.Values;
        var kinds = recordings.SelectMany(r => r.Kinds.Keys).GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var (partition, generation) = ShardKeys.Parse(Key);
        return new ShardInfo(Key, partition, generation, recordings.Count, recordings.Sum(r => r.DurationSeconds), kinds);
    }

    private string CacheKey(string featureKind) => $"{Key}/{featureKind.ToLowerInvariant()}";

    private string SegmentName(string featureKind, int number) => ShardSegmentNames.Of(Key, featureKind, number);
}
