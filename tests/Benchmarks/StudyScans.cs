using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Benchmarks;

/// <summary>
/// The matching function's summary for every (query, recording) pair of a study: its minimum and where it is, and the mean
/// and spread of its finite values over the recording.
/// </summary>
public sealed class StudyScans
{
    private readonly float[] _min, _mean, _std;
    private readonly int[] _end;

    private StudyScans(int queries, int recordings)
    {
        Queries = queries;
        Recordings = recordings;
        _min = new float[queries * recordings];
        _mean = new float[queries * recordings];
        _std = new float[queries * recordings];
        _end = new int[queries * recordings];
    }

    public int Queries { get; }

    public int Recordings { get; }

    public float Min(int query, int recording) => _min[query * Recordings + recording];

    public int End(int query, int recording) => _end[query * Recordings + recording];

    public float Mean(int query, int recording) => _mean[query * Recordings + recording];

    public float Std(int query, int recording) => _std[query * Recordings + recording];

    /// <summary>Scans every query against every recording, recordings spread over the cores.</summary>
    public static StudyScans Compute(IReadOnlyList<FeatureMatrix> queries, IReadOnlyList<FeatureMatrix> recordings, MatchCost cost)
    {
        var scans = new StudyScans(queries.Count, recordings.Count);
        var stack = new QueryStack(queries);
        Parallel.For(0, recordings.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, r =>
        {
            var ends = new MatchEnd[queries.Count];
            var results = new QueryScan[queries.Count];
            BatchedSubsequenceDtw.Scan(stack, recordings[r], cost, 1, ends, results);
            for (int q = 0; q < queries.Count; q++)
            {
                int i = q * recordings.Count + r;
                bool found = results[q].EndCount > 0;
                scans._min[i] = found ? ends[q].Cost : float.PositiveInfinity;
                scans._end[i] = found ? ends[q].EndFrame : -1;
                scans._mean[i] = (float)results[q].DeltaMean;
                scans._std[i] = (float)results[q].DeltaStandardDeviation;
            }
        });
        return scans;
    }
}
