using Leitmotif.Core.Corpus;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class FoldAssignmentTests
{
    // Performances as (piece, performer): several performances per piece.
    private static readonly (string Piece, string Performer)[] Performances = Enumerable.Range(0, 23)
        .SelectMany(p => Enumerable.Range(0, 1 + p % 4).Select(k => ($"Composer/Piece{p}", $"Performer{k}")))
        .ToArray();

    [Fact]
    public void EveryPerformanceOfAPieceIsInThePiecesFoldSoFoldsShareNoPiece()
    {
        var folds = FoldAssignment.Assign(Performances.Select(p => p.Piece), seed: 7);
        var piecesByFold = Performances.GroupBy(p => folds[p.Piece]).ToDictionary(g => g.Key, g => g.Select(p => p.Piece).ToHashSet());

        Assert.Equal([1, 2, 3, 4, 5], piecesByFold.Keys.Order());
        foreach (var (fold, pieces) in piecesByFold)
        {
            foreach (var (other, otherPieces) in piecesByFold.Where(f => f.Key != fold)) Assert.Empty(pieces.Intersect(otherPieces));
        }
    }

    [Fact]
    public void FoldSizesDifferByAtMostOnePiece()
    {
        var sizes = FoldAssignment.Assign(Performances.Select(p => p.Piece), seed: 7).Values.GroupBy(f => f).Select(g => g.Count()).ToList();

        Assert.Equal(23, sizes.Sum());
        Assert.InRange(sizes.Max() - sizes.Min(), 0, 1);
    }

    [Fact]
    public void TheSameSeedGivesTheSameFoldsWhateverTheInputOrder()
    {
        var forward = FoldAssignment.Assign(Performances.Select(p => p.Piece), seed: 3);
        var backward = FoldAssignment.Assign(Performances.Reverse().Select(p => p.Piece), seed: 3);
        var otherSeed = FoldAssignment.Assign(Performances.Select(p => p.Piece), seed: 4);

        Assert.Equal(forward.OrderBy(p => p.Key), backward.OrderBy(p => p.Key));
        Assert.NotEqual(forward.OrderBy(p => p.Key), otherSeed.OrderBy(p => p.Key));
    }

    [Fact]
    public void TheFirstPiecesOfTheShuffleCoverEveryFold()
    {
        var pieces = Performances.Select(p => p.Piece).ToList();
        var folds = FoldAssignment.Assign(pieces, seed: 11);

        Assert.Equal([1, 2, 3, 4, 5], FoldAssignment.Shuffle(pieces, seed: 11).Take(5).Select(p => folds[p]).Order());
    }
}
