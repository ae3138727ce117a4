using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Storage;

namespace Leitmotif.Core.Shards;

/// <summary>Indexes a group of recordings on several threads: tells new, changed and unchanged ones apart and computes the
/// features that are not current.</summary>
public static class ShardIndexing
{
    /// <summary>
    /// Decides for each recording whether it is added, updated or unchanged (<see cref="RecordingChanges"/>), and computes its
    /// features unless it is unchanged and <paramref name="hasCurrentFeatures"/> holds for it. A file that cannot be read
    /// becomes a failure with its reason; it never stops the others.
    /// </summary>
    /// <param name="items">Recording locations (files, or URIs of another source), each with its name.</param>
    /// <param name="locations">The sources that read them.</param>
    /// <param name="storedOfName">The recordings the shard holds of a name.</param>
    /// <param name="extractor">The feature kind to compute.</param>
    /// <param name="hasCurrentFeatures">Whether a recording id already has current features of this kind.</param>
    /// <param name="maxThreads">Recordings read at once.</param>
    public static ShardIndexingResult Compute(IReadOnlyList<(string Location, string Name)> items, RecordingLocations locations,
        Func<string, IReadOnlyCollection<StoredRecording>> storedOfName, IChromaFeatures extractor, Func<string, bool> hasCurrentFeatures, int maxThreads)
    {
        var indexed = new IndexedRecording?[items.Count];
        var failures = new (string Path, string Reason)?[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, i =>
        {
            var (location, name) = items[i];
            try
            {
                var source = locations.For(location);
                var stamp = source.Stamp(location);
                var decision = RecordingChanges.Classify(name, location, stamp, () =>
                {
                    using var content = source.Open(location);
                    return ContentFingerprint.Of(content);
                }, storedOfName(name));
                if (decision.Change == RecordingChange.Unchanged && hasCurrentFeatures(decision.RecordingId))
                {
                    indexed[i] = new IndexedRecording(name, location, stamp, decision, null, 0);
                    return;
                }
                var (features, seconds) = RecordingFeatures.Compute(location, source.Open(location), extractor);
                indexed[i] = new IndexedRecording(name, location, stamp, decision, features, seconds);
            }
            catch (InputException e)
            {
                failures[i] = (location, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException) // a decoder's own exception for a damaged file
            {
                failures[i] = (location, $"{location}: {e.Message}");
            }
        });
        return new ShardIndexingResult(indexed.OfType<IndexedRecording>().ToList(), failures.Where(f => f != null).Select(f => f!.Value).ToList());
    }
}
