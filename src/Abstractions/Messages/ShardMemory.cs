namespace Leitmotif.Abstractions.Messages;

/// <summary>A silo's memory for shard features.</summary>
/// <param name="BudgetBytes">Configured budget (<c>Leitmotif:ShardMemoryMB</c>).</param>
/// <param name="UsedBytes">Bytes of features held now.</param>
/// <param name="Evictions">Shard features dropped to stay within the budget (they are read again when needed).</param>
[GenerateSerializer, Immutable]
public sealed record ShardMemory([property: Id(0)] long BudgetBytes, [property: Id(1)] long UsedBytes, [property: Id(2)] long Evictions);
