using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Storage;

namespace Leitmotif.Core.Shards;

/// <summary>Computes the features of a group of recordings on several threads, skipping those whose stored features are current.</summary>
public static class ShardIndexing
{
    /// <summary>
    /// Fingerprints each file; recordings for which <paramref name="isCurrent"/> holds are counted as reused, the others'
    /// features are computed. A file that cannot be read becomes a failure with its reason; it never stops the others.
    /// </summary>
    /// <param name="paths">Recording locations: files, or URIs of another source.</param>
    /// <param name="locations">The sources that read them.</param>
    /// <param name="recordingIdOf">The recording id of a path.</param>
    /// <param name="extractor">The feature kind to compute.</param>
    /// <param name="isCurrent">Whether a recording (id, fingerprint) already has current features of this kind.</param>
    /// <param name="maxThreads">Recordings computed at once.</param>
    public static ShardIndexingResult Compute(IReadOnlyList<string> paths, RecordingLocations locations, Func<string, string> recordingIdOf,
        IChromaFeatures extractor, Func<string, string, bool> isCurrent, int maxThreads)
    {
        var computed = new ComputedRecording?[paths.Count];
        var failures = new (string Path, string Reason)?[paths.Count];
        int reused = 0;
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, i =>
        {
            var path = paths[i];
            try
            {
                var id = recordingIdOf(path);
                var source = locations.For(path);
                var fingerprint = source.Fingerprint(path);
                if (isCurrent(id, fingerprint)) Interlocked.Increment(ref reused);
                else
                {
                    var (features, seconds) = RecordingFeatures.Compute(path, source.Open(path), extractor);
                    computed[i] = new ComputedRecording(path, id, fingerprint, features, seconds);
                }
            }
            catch (InputException e)
            {
                failures[i] = (path, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException) // a decoder's own exception for a damaged file
            {
                failures[i] = (path, $"{path}: {e.Message}");
            }
        });
        return new ShardIndexingResult(computed.OfType<ComputedRecording>().ToList(), reused,
            failures.Where(f => f != null).Select(f => f!.Value).ToList());
    }
}
