using System.CommandLine;
using Leitmotif.Client.Commands;

namespace Leitmotif.Client.CommandLine;

/// <summary>The <c>leitmotif</c> root command with every subcommand and the options they share.</summary>
public static class LeitmotifCommand
{
    /// <summary>The command's name as users type it (the root command itself takes the name of the running executable).</summary>
    public const string Name = "leitmotif";

    /// <summary>Builds the command tree.</summary>
    public static RootCommand Create()
    {
        var global = new GlobalOptions();
        var root = new RootCommand("leitmotif: find which recordings contain a melody, and where");
        global.AddTo(root);
        root.Add(IndexCommand.Create(global));
        root.Add(RemoveCommand.Create(global));
        root.Add(PruneCommand.Create(global));
        root.Add(QueryCommand.Create(global));
        root.Add(BatchQueryCommand.Create(global));
        root.Add(EvaluateCommand.Create());
        root.Add(EvaluateModelsCommand.Create(global));
        root.Add(ListCommand.Create(global));
        root.Add(StatusCommand.Create(global));
        root.Add(DemoCommand.Create(global));
        root.Add(ChromaCommand.Create(global));
        root.Add(CorpusCommand.Create());
        root.Add(TrainCommand.Create(global));
        root.Add(ModelsCommand.Create(global));
        return root;
    }
}
