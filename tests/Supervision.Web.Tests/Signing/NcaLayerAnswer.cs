namespace Supervision.Web.Tests.Signing;

/// <summary>What the NCALayer stand-in answers <c>createCAdESFromBase64</c>.</summary>
internal enum NcaLayerAnswer
{
    /// <summary>The person chose his key and entered its password: a CMS.</summary>
    Sign,

    /// <summary>The person closed NCALayer's dialog: <c>{"code":"500","message":"action.canceled"}</c>.</summary>
    Cancel,

    /// <summary>Another program listens at NCALayer's address: it greets with something that is not NCALayer's version.</summary>
    Foreign,
}
