using Leitmotif.Core.Audio;

namespace Leitmotif.Core.Shards;

/// <summary>Finds the recordings whose source is gone, as <c>prune</c> drops them.</summary>
public static class GoneRecordings
{
    /// <summary>
    /// The positions in <paramref name="locations"/> of the recordings their source says no longer exist; a location whose
    /// source cannot tell (a store that does not answer, a URI no source reads here) is not gone, and is listed in the
    /// failures with a one-line reason naming it, never dropped on a guess.
    /// </summary>
    /// <param name="locations">Recording locations: full paths or URIs.</param>
    /// <param name="sources">The sources that read them.</param>
    /// <param name="maxThreads">Locations checked at once (a Blob Storage check is a round trip).</param>
    public static (IReadOnlyList<int> Gone, IReadOnlyList<(string Location, string Reason)> Failures) Find(IReadOnlyList<string> locations, RecordingLocations sources, int maxThreads)
    {
        var outcomes = new (bool Gone, (string, string)? Failure)[locations.Count];
        Parallel.For(0, locations.Count, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, i =>
        {
            try
            {
                outcomes[i] = (!sources.For(locations[i]).Exists(locations[i]), null);
            }
            catch (InputException e)
            {
                outcomes[i] = (false, (locations[i], e.Message));
            }
        });
        return (Enumerable.Range(0, locations.Count).Where(i => outcomes[i].Gone).ToList(),
            outcomes.Where(o => o.Failure != null).Select(o => o.Failure!.Value).ToList());
    }
}
