// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title AyniAnchor
/// @notice Anchors Merkle roots of batches of hashed provenance events. Each batch id maps to
///         exactly one root, forever; re-sending the same (batchId, root) is a silent no-op so a
///         relayer that crashed after broadcasting can resend without harm.
contract AyniAnchor {
    address public owner;

    mapping(address account => bool) public isAnchorer;

    /// @notice Root anchored for a batch id; zero when the batch was never anchored.
    mapping(bytes32 batchId => bytes32 root) public rootOf;

    event Anchored(bytes32 indexed root, bytes32 indexed batchId, uint32 count);
    event AnchorerSet(address indexed account, bool authorised);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    error NotOwner(address caller);
    error NotAnchorer(address caller);
    error ZeroAddress();
    /// @dev A zero root could not be told apart from "never anchored".
    error ZeroRoot();
    error RootMismatch(bytes32 batchId, bytes32 anchoredRoot, bytes32 attemptedRoot);

    /// @param anchorer First authorised anchorer; the zero address authorises nobody.
    constructor(address anchorer) {
        owner = msg.sender;
        emit OwnershipTransferred(address(0), msg.sender);
        if (anchorer != address(0)) {
            isAnchorer[anchorer] = true;
            emit AnchorerSet(anchorer, true);
        }
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    function setAnchorer(address account, bool authorised) external onlyOwner {
        if (account == address(0)) revert ZeroAddress();
        isAnchorer[account] = authorised;
        emit AnchorerSet(account, authorised);
    }

    /// @dev Lets the owner key be rotated without a redeploy, which would split the anchored
    ///      history across two addresses.
    function transferOwnership(address newOwner) external onlyOwner {
        if (newOwner == address(0)) revert ZeroAddress();
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    /// @return fresh True when this call anchored the batch, false when it was already anchored
    ///         with the same root (no event is emitted then).
    function anchor(bytes32 root, bytes32 batchId, uint32 count) external returns (bool fresh) {
        if (!isAnchorer[msg.sender]) revert NotAnchorer(msg.sender);
        if (root == bytes32(0)) revert ZeroRoot();
        bytes32 anchored = rootOf[batchId];
        if (anchored != bytes32(0)) {
            if (anchored != root) revert RootMismatch(batchId, anchored, root);
            return false;
        }
        rootOf[batchId] = root;
        emit Anchored(root, batchId, count);
        return true;
    }
}
