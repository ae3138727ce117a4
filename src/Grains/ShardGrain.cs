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
/// A bounded group of recordings, holding every recording of the names it took: claims and indexes them
/// (<see cref="ShardIndexing"/>), drops those removed or gone, keeps their metadata in its
/// state and their features in immutable segments, and matches theme chunks against all of them on every core of its
/// silo (<see cref="ShardMatcher"/>). Placed at random, so shards spread over the silos.
/// </summary>
[RandomPlacement]
public sealed class ShardGrain(
    [PersistentState("shard", StorageNames.Leitmotif)] IPersistentState<ShardState> state,
    IObjectStore store,
    FeatureKindRegistry featureKinds,
    MemoryBudgetCache<string, ShardFeatures> cache,
    RecordingLocations sources,
    IOptions<ShardOptions> options) : Grain, IShardGrain
{
    /// <summary>Sources asked at once whether a recording still exists: round trips to Blob Storage, not CPU work.</summary>
    private const int ExistenceChecks = 16;

    private readonly BackgroundWork<ShardIndexResult> _indexing = new();
    private readonly BackgroundWork<ShardMatchResult> _matching = new();
    private readonly Dictionary<string, IReadOnlyList<IndexItem>> _unclaimed = new(StringComparer.Ordinal);
    private readonly RecentScores _scores = new();
    private int _reserved;

    private string Key => this.GetPrimaryKeyString();

    public async Task<IReadOnlyList<IndexItem>> StartIndexAsync(string workId, IReadOnlyList<IndexItem> items, string featureKind, string? precision = null)
    {
        if (_indexing.IsKnown(workId)) return _unclaimed[workId];
        var names = state.State.Recordings.Values.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var newNames = new HashSet<string>(StringComparer.Ordinal);
        var claimed = new List<IndexItem>();
        var unclaimed = new List<IndexItem>();
        foreach (var item in items)
        {
            if (names.Contains(item.Name) || newNames.Contains(item.Name)) claimed.Add(item);
            else if (!state.State.Sealed && state.State.Recordings.Count + _reserved + newNames.Count < options.Value.Capacity)
            {
                claimed.Add(item);
                newNames.Add(item.Name);
            }
            else unclaimed.Add(item);
        }
        if (unclaimed.Count > 0 && !state.State.Sealed)
        {
            state.State.Sealed = true;
            await state.SaveAsync();
        }
        int reserved = newNames.Count;
        _reserved += reserved;
        _unclaimed[workId] = unclaimed;
        _indexing.Start(workId, () => IndexAsync(claimed, featureKind, precision, reserved));
        return unclaimed;
    }

    public async Task<ShardIndexResult> WaitIndexAsync(string workId, CancellationToken cancellationToken = default)
    {
        var (workState, result) = await _indexing.WaitAsync(workId, cancellationToken);
        if (workState == ShardWorkState.Finished) _unclaimed.Remove(workId);
        return result ?? new ShardIndexResult(workState, IndexCounts.None, []);
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
            .OrderBy(r => r.Value.Location, StringComparer.Ordinal)
            .Skip(offset)
            .Take(limit)
            .Select(r => new RecordingSummary(r.Key, r.Value.Location, r.Value.DurationSeconds, r.Value.Kinds.Keys.Order().ToList(), r.Value.Name))
            .ToList());

    public async Task<StoredFeatures?> GetFeaturesAsync(string recordingId, string featureKind)
    {
        if (!state.State.Recordings.TryGetValue(recordingId, out var recording) || recording.SourceKey(featureKind) == null) return null;
        var features = (await LoadAsync(featureKind)).Recordings.FirstOrDefault(r => r.RecordingId == recordingId).Features;
        return features == null ? null
            : new StoredFeatures(recordingId, recording.Location, recording.DurationSeconds, features.Data, features.Dimensions, features.FeatureRate);
    }

    public async Task<ShardRemoval> RemoveAsync(IReadOnlyList<string> locations)
    {
        var scopes = locations.ToList();
        var removed = new int[scopes.Count];
        var ids = new List<string>();
        foreach (var (id, recording) in state.State.Recordings)
        {
            int scope = scopes.FindIndex(l => RecordingNames.IsWithin(recording.Location, l));
            if (scope < 0) continue;
            removed[scope]++;
            ids.Add(id);
        }
        await DropAsync(ids);
        return new ShardRemoval(new RecordingRemoval(removed, state.State.Recordings.Count, []), Info());
    }

    public async Task<ShardRemoval> PruneAsync(IReadOnlyList<string>? under)
    {
        var candidates = state.State.Recordings
            .Where(r => under == null || under.Any(scope => RecordingNames.IsWithin(r.Value.Location, scope)))
            .Select(r => (Id: r.Key, r.Value.Location)).ToList();
        var (gone, failures) = await Task.Run(() => GoneRecordings.Find(candidates.Select(c => c.Location).ToList(), sources, ExistenceChecks));
        await DropAsync(gone.Select(i => candidates[i].Id).ToList());
        return new ShardRemoval(new RecordingRemoval([gone.Count], state.State.Recordings.Count,
            failures.Select(f => new IndexFailure(f.Location, f.Reason)).ToList()), Info());
    }

    private async Task<ShardIndexResult> IndexAsync(IReadOnlyList<IndexItem> items, string featureKind, string? precision, int reserved)
    {
        try
        {
            DelayDeactivation(TimeSpan.FromMinutes(10));
            var extractor = featureKinds.Resolve(featureKind, InferencePath.ParsePrecision(precision));
            var byName = state.State.Recordings.GroupBy(r => r.Value.Name, StringComparer.Ordinal).ToDictionary(g => g.Key,
                g => (IReadOnlyCollection<StoredRecording>)g.Select(r => r.Value.ToStored(r.Key)).ToList(), StringComparer.Ordinal);
            var current = state.State.Recordings
                .Where(r => r.Value.Kinds.TryGetValue(featureKind, out var v) && v == extractor.Version)
                .Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            var plan = await Task.Run(() => ShardIndexing.Compute(items.Select(i => (i.Location, i.Name)).ToList(), sources,
                name => byName.GetValueOrDefault(name) ?? [], extractor, current.Contains, Environment.ProcessorCount));
            await CommitAsync(featureKind, extractor.Version, plan.Recordings);
            // Also when nothing changed: a shard whose last report was lost in a crash corrects the directory this way.
            await ClusterRetry.RunAsync(() => GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default).UpdateShardAsync(Info()));
            int Count(RecordingChange change) => plan.Recordings.Count(r => r.Decision.Change == change);
            var counts = new IndexCounts(Count(RecordingChange.Added), Count(RecordingChange.Updated), Count(RecordingChange.Unchanged), 0,
                plan.Failures.Count, plan.Recordings.Count(r => r.Features != null));
            return new ShardIndexResult(ShardWorkState.Finished, counts, plan.Failures.Select(f => new IndexFailure(f.Path, f.Reason)).ToList());
        }
        finally
        {
            _reserved -= reserved;
        }
    }

    /// <summary>Stores what indexing found: the computed features in a new segment first, then the recordings' metadata,
    /// the versions they replace dropped.</summary>
    private async Task CommitAsync(string featureKind, string version, IReadOnlyList<IndexedRecording> indexed)
    {
        var computed = indexed.Where(r => r.Features != null).ToList();
        var recordings = state.State.Recordings;
        bool changed = computed.Count > 0;
        if (changed)
        {
            int number = state.State.NextSegment++; // taken before the first await: another work's commit may interleave there
            var segment = ShardSegment.Create(featureKind,
                computed.Select(c => (c.Decision.RecordingId, ShardRecording.SourceKeyOf(c.Decision.Content, version), c.Features!)).ToList());
            await ClusterRetry.RunAsync(() => store.WriteAsync(SegmentName(featureKind, number), ShardSegmentFormat.Write(segment)));
            if (!state.State.Segments.TryGetValue(featureKind, out var numbers)) state.State.Segments[featureKind] = numbers = [];
            numbers.Add(number);
        }
        foreach (var r in indexed)
        {
            var d = r.Decision;
            if (d.Replaced != null) changed |= recordings.Remove(d.Replaced);
            if (!recordings.TryGetValue(d.RecordingId, out var recording))
                recordings[d.RecordingId] = recording = new ShardRecording { Name = r.Name, Content = d.Content };
            changed |= recording.Location != r.Location || recording.Size != r.Stamp.Size || recording.Modified != r.Stamp.Modified;
            (recording.Location, recording.Size, recording.Modified) = (r.Location, r.Stamp.Size, r.Stamp.Modified);
            if (r.Features == null) continue;
            recording.DurationSeconds = r.AudioSeconds;
            recording.Kinds[featureKind] = version;
        }
        if (!changed) return;
        await state.SaveAsync();
        foreach (var kind in state.State.Segments.Keys) cache.Remove(CacheKey(kind));
        if (computed.Count == 0 || state.State.Segments[featureKind].Count <= options.Value.MaxSegmentsPerKind) return;
        await TryCompactAsync(featureKind);
    }

    /// <summary>Drops recordings from the state, then their features from every kind's segments.</summary>
    private async Task DropAsync(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return;
        foreach (var id in ids) state.State.Recordings.Remove(id);
        await state.SaveAsync();
        foreach (var kind in state.State.Segments.Keys.ToList())
        {
            cache.Remove(CacheKey(kind));
            await TryCompactAsync(kind);
        }
    }

    private async Task TryCompactAsync(string featureKind)
    {
        try
        {
            await CompactAsync(featureKind);
        }
        catch (Exception e) when (ClusterRetry.IsTransient(e))
        {
            // The state is saved; the stale features are skipped when read, and compaction is tried again after the next change.
        }
    }

    /// <summary>
    /// Replaces a kind's segments by one holding its current features only (by none when no feature is current). The new segment is written and recorded before
    /// the old ones are deleted, so a crash in between leaves unreferenced objects, never missing features; segments that a
    /// commit interleaving here adds stay, after the compacted one.
    /// </summary>
    private async Task CompactAsync(string featureKind)
    {
        var compacted = state.State.Segments[featureKind].ToList();
        var segments = await ReadSegmentsAsync(featureKind, compacted);
        var segment = ShardCompaction.Compact(featureKind, segments, id => state.State.Recordings.GetValueOrDefault(id)?.SourceKey(featureKind));
        List<int> kept = [];
        if (segment != null)
        {
            int number = state.State.NextSegment++;
            await ClusterRetry.RunAsync(() => store.WriteAsync(SegmentName(featureKind, number), ShardSegmentFormat.Write(segment)));
            kept.Add(number);
        }
        state.State.Segments[featureKind] = [.. kept, .. state.State.Segments[featureKind].Except(compacted)];
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
            ranked.Select(theme => (IReadOnlyList<RecordingMatch>)theme
                .Where(m => state.State.Recordings.ContainsKey(m.RecordingId)) // scored before a removal or an update dropped it
                .Select(ToMessage).ToList()).ToList(), scores.Recordings.Count, []);
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
        return new RecordingMatch(m.ThemeIndex, recording.Name, spans[0].Cost, spans[0].Start, spans[0].End, m.RecordingId,
            m.Match.Transposition, m.Match.TempoFactor, spans, m.Match.Confidence, recording.Location);
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
