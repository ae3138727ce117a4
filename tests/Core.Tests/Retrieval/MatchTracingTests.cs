using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Sequence;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Retrieval;

public class MatchTracingTests
{
    [Fact]
    public void EachEndIsTracedToItsOptimalPathBestFirst()
    {
        var recording = RandomChroma.Create(new Random(21), 200);
        var query = RandomChroma.Cut(recording, 40, 20);
        MatchEnd[] ends = [new(59, 0f), new(150, 0.4f)];

        var traced = MatchTracing.NonOverlapping(query, recording, ends);

        Assert.Equal(ends, traced.Select(t => t.End));
        Assert.Equal(ends.Select(e => SubsequenceDtw.OptimalPath(query, recording, e.EndFrame).Cells), traced.Select(t => t.Path.Cells));
        Assert.Equal((40, 59), (traced[0].Path.StartFrame, traced[0].Path.EndFrame));
    }

    [Fact]
    public void AnEndWhosePathOverlapsABetterMatchIsDropped()
    {
        var recording = RandomChroma.Create(new Random(22), 200);
        var query = RandomChroma.Cut(recording, 40, 20);
        // Frame 65 lies beyond the best match's end, but a 20-frame query's path spans at least 10 recording frames, so it
        // reaches back into the span 40–59.
        MatchEnd[] ends = [new(59, 0f), new(65, 0.3f), new(150, 0.4f)];

        var traced = MatchTracing.NonOverlapping(query, recording, ends);

        Assert.Equal([59, 150], traced.Select(t => t.End.EndFrame));
    }
}
