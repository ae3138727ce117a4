namespace Leitmotif.Core.Sequence;

/// <summary>A chosen end frame of a query's matching function and its value there.</summary>
/// <param name="EndFrame">Recording frame matched to the query's last frame.</param>
/// <param name="Cost">Δ(<paramref name="EndFrame"/>) under the scan's <see cref="MatchCost"/>.</param>
public readonly record struct MatchEnd(int EndFrame, float Cost);
